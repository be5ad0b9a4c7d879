# Enum functions work on maps (as {key, value} pairs in key order) and ranges.
m = %{c: 3, a: 1, b: 2}
IO.inspect(Enum.map(m, fn {k, v} -> {v, k} end))
IO.inspect(Enum.reduce(m, 0, fn {_k, v}, acc -> acc + v end))
IO.inspect(Enum.sort_by(m, fn {_k, v} -> -v end))
IO.inspect(Enum.max_by(m, fn {_k, v} -> v end))
IO.inspect(Enum.count(m))
IO.inspect(Enum.into(Enum.filter(m, fn {_, v} -> v != 2 end), %{}))
IO.inspect(Enum.map(1..10//4, & &1))
IO.inspect(Enum.reverse(1..4))
IO.inspect(Enum.zip(m, 1..3))
IO.inspect(Map.new(Enum.with_index([:x, :y])))
