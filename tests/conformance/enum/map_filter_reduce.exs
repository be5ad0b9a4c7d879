# Enum.map, filter, reject, reduce, each, flat_map.
l = [1, 2, 3, 4, 5, 6]
IO.inspect(Enum.map(l, &(&1 * 2)))
IO.inspect(Enum.filter(l, &(rem(&1, 2) == 0)))
IO.inspect(Enum.reject(l, &(rem(&1, 2) == 0)))
IO.inspect(Enum.reduce(l, 0, &+/2))
IO.inspect(Enum.reduce(l, fn x, acc -> x * acc end))
IO.inspect(Enum.reduce([], :empty, &+/2))
Enum.each([:a, :b], &IO.inspect/1)
IO.inspect(Enum.flat_map(l, &[&1, -&1]))
IO.inspect(Enum.map(%{a: 1, b: 2}, fn {k, v} -> "#{k}=#{v}" end))
IO.inspect(Enum.map(1..3, &to_string/1))
IO.inspect(Enum.filter(%{a: 1, b: 2}, fn {_k, v} -> v > 1 end))
