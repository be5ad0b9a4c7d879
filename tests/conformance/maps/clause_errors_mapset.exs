# MapSet functions given what is not a set, or a fun of another arity: Elixir's clauses, helpers and lines
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(3)))
  end
end

bad = fn -> nil end
set = MapSet.new([1, 2, 3])
two = &Map.merge/2
report.(fn -> MapSet.new(bad.(), & &1) end)
report.(fn -> MapSet.new([1], two) end)
report.(fn -> MapSet.new(:a) end)
report.(fn -> MapSet.size(%{}) end)
report.(fn -> MapSet.to_list([1]) end)
report.(fn -> MapSet.member?(bad.(), 1) end)
report.(fn -> MapSet.put(%{}, 1) end)
report.(fn -> MapSet.delete(bad.(), 1) end)
report.(fn -> MapSet.union(set, [1]) end)
report.(fn -> MapSet.intersection(set, bad.()) end)
report.(fn -> MapSet.difference(bad.(), set) end)
report.(fn -> MapSet.symmetric_difference(set, bad.()) end)
report.(fn -> MapSet.subset?(set, bad.()) end)
report.(fn -> MapSet.disjoint?(set, bad.()) end)
report.(fn -> MapSet.equal?(set, bad.()) end)
report.(fn -> MapSet.filter(set, bad.()) end)
report.(fn -> MapSet.filter(set, two) end)
report.(fn -> MapSet.filter(set, fn 3 -> raise "three"; _ -> true end) end)
report.(fn -> MapSet.reject(set, two) end)
report.(fn -> MapSet.reject(set, fn 3 -> raise "three"; _ -> false end) end)
report.(fn -> MapSet.size(%MapSet{map: bad.()}) end)
report.(fn -> MapSet.union(%MapSet{map: bad.()}, set) end)
report.(fn -> MapSet.intersection(set, %MapSet{map: bad.()}) end)
report.(fn -> MapSet.difference(set, %MapSet{map: bad.()}) end)
report.(fn -> MapSet.disjoint?(set, %MapSet{map: bad.()}) end)
report.(fn -> MapSet.symmetric_difference(set, %MapSet{map: bad.()}) end)
report.(fn -> {MapSet.difference(set, MapSet.new([1])), MapSet.symmetric_difference(set, MapSet.new([3, 4])), MapSet.equal?(set, MapSet.new([3, 2, 1]))} end)
