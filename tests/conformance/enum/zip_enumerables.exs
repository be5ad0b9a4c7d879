# Enum.zip/1 and zip_with/2 given an enumerable of enumerables that is not a list, an empty one included
IO.inspect(Enum.zip(1..0//1))
IO.inspect(Enum.zip_with(1..0//1, &List.to_tuple/1))
IO.inspect(Enum.zip([]))
IO.inspect(Enum.zip(MapSet.new([[1, 2], [3, 4]])))
IO.inspect(Enum.zip(Stream.map([[1, 2], [3]], &Function.identity/1)))
IO.inspect(Enum.zip_with(MapSet.new([[1, 2], [3, 4]]), &Enum.sum/1))
