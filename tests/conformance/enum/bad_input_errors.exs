# Enum, Stream, MapSet and Map functions given bad input raise Elixir's exceptions: Protocol.UndefinedError, ArithmeticError with the accumulator, FunctionClauseError, BadMapError, KeyError
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

show.("map over an integer", fn -> Enum.map(12, & &1) end)
show.("count a tuple", fn -> Enum.count({1, 2}) end)
show.("a string is not enumerable", fn -> Enum.to_list("abc") end)
show.("reduce a float", fn -> Enum.reduce(3.0, 0, &+/2) end)
show.("a struct is not enumerable", fn -> Enum.map(%ArgumentError{}, & &1) end)
show.("member? of an atom", fn -> Enum.member?(:a, 1) end)
show.("a lazy stream fails when run", fn -> Stream.map(:a, & &1) |> Enum.to_list() end)
show.("sum adds each element to the accumulator", fn -> Enum.sum([1, :a]) end)
show.("sum of strings", fn -> Enum.sum(["a"]) end)
show.("product", fn -> Enum.product([2, :b]) end)
show.("max of an empty list", fn -> Enum.max([]) end)
show.("min_max with a fallback", fn -> Enum.min_max([], fn -> :none end) end)
show.("reduce/2 of nothing", fn -> Enum.reduce([], &+/2) end)
show.("random of nothing", fn -> Enum.random([]) end)
show.("fetch! past the end", fn -> Enum.fetch!(1..3, 3) end)
show.("chunk_every with step 0", fn -> Enum.chunk_every([1, 2], 2, 0) end)
show.("take with a non-integer", fn -> Enum.take(1..5, :a) end)
show.("take_every with a negative nth", fn -> Enum.take_every([1, 2], -1) end)
show.("at with a float index", fn -> Enum.at([1, 2], 1.0) end)
show.("join with a non-binary joiner", fn -> Enum.join([1, 2], 3) end)
show.("join a map element", fn -> Enum.join([%{}], ",") end)
show.("zip with an atom", fn -> Enum.zip([1], :a) end)
show.("flat_map returning a non-enumerable", fn -> Enum.flat_map([1, 2], fn x -> x end) end)
show.("concat of integers", fn -> Enum.concat([1, 2]) end)
show.("MapSet.new with a non-function", fn -> MapSet.new([1], :bad) end)
show.("MapSet.union with a list", fn -> MapSet.union(MapSet.new([1]), [1]) end)
show.("Map.get on a list", fn -> Map.get([], :a) end)
show.("Map.merge with nil", fn -> Map.merge(%{a: 1}, nil) end)
show.("Map.new from integers", fn -> Map.new([1]) end)
one = Map.new([{:a, 1}])
show.("Map.fetch! missing", fn -> Map.fetch!(one, :b) end)
show.("Map.update! missing", fn -> Map.update!(one, :b, & &1) end)
show.("Map.pop! missing", fn -> Map.pop!(one, :b) end)
show.("Tuple.insert_at out of range", fn -> Tuple.insert_at({1, 2}, 5, :x) end)
show.("Tuple.sum of an atom", fn -> Tuple.sum({1, :a}) end)
show.("List.first of a non-list", fn -> List.first(:a) end)
show.("List.foldl of a non-list", fn -> List.foldl(:a, 0, &+/2) end)

# the report names the failing addition: Enum.sum adds each element to the accumulator
for f <- [fn -> Enum.sum([1, :a]) end, fn -> Enum.product([2, :b]) end, fn -> Enum.sum(%{a: 1}) end, fn -> Tuple.product({3, "x"}) end] do
  try do
    f.()
  rescue
    e ->
      {e, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(e))
  end
end
