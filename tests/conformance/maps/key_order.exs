# Small maps print keys in term order, whatever the insertion order.
IO.inspect(%{z: 1, a: 2, m: 3})
IO.inspect(%{3 => :c, 1 => :a, 2 => :b})
IO.inspect(%{"b" => 1, :a => 2, 1 => 3, {0} => 4, [0] => 5})
m = Enum.reduce(1..32, %{}, fn i, acc -> Map.put(acc, 33 - i, i) end)
IO.inspect(m)
IO.inspect(Map.keys(m) == Enum.to_list(1..32))
IO.inspect(%{b: 1, a: 2} == %{a: 2, b: 1})
