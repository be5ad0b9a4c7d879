# Map literals with any keys; m.key, m[key], Map.get and Map.fetch.
m = %{:a => 1, "b" => 2, 3 => [4], {5} => :six}
IO.inspect(m)
IO.inspect(m[:a])
IO.inspect(m["b"])
IO.inspect(m[:missing])
IO.inspect(m[{5}])
k = %{name: "Ann", age: 30}
IO.inspect(k)
IO.inspect(k.name)
IO.inspect(Map.get(k, :age))
IO.inspect(Map.get(k, :zip, :none))
IO.inspect(Map.fetch(k, :age))
IO.inspect(Map.fetch(k, :zip))
IO.inspect(%{})
IO.inspect(map_size(m))
IO.inspect(%{1.0 => :float, 1 => :int})
IO.inspect(%{[1] => :list, nil => :nil, true => :bool})
