# Enum.reduce/3 folds a map with :maps.fold, which walks a map of more than
# 32 keys in the reverse of Map.to_list/1's order; the Enum functions built
# on reduce/3 follow it, while those that stop early, and to_list/1, use
# to_list's order. Small maps are in key order either way.
m = Map.new(1..40, &{&1, &1 * 2})
keys = fn list -> Enum.map(list, &elem(&1, 0)) end
first = fn name, x -> IO.puts("#{name}: #{inspect(x, limit: 4)}") end

first.("Map.to_list", keys.(Map.to_list(m)))
first.("Enum.to_list", keys.(Enum.to_list(m)))
first.("Enum.map", keys.(Enum.map(m, & &1)))
first.("Enum.filter", keys.(Enum.filter(m, fn {k, _} -> k > 0 end)))
first.("Enum.reduce/3", Enum.reduce(m, [], fn {k, _}, acc -> [k | acc] end))
first.("Enum.reduce/2", Enum.reduce(m, fn {k, _}, acc -> [k | List.wrap(acc)] end))
first.("Enum.take", keys.(Enum.take(m, 4)))
first.("Enum.drop", keys.(Enum.drop(m, 36)))
first.("Enum.with_index", Enum.with_index(m) |> Enum.map(fn {{k, _}, i} -> {k, i} end))
first.("Enum.find", Enum.find(m, fn {k, _} -> k > 30 end))
first.("Enum.zip", keys.(Enum.zip(m, 1..4) |> Enum.map(&elem(&1, 0))))
first.("Enum.reverse", keys.(Enum.reverse(m)))
first.("Enum.sort_by", keys.(Enum.sort_by(m, fn {k, _} -> rem(k, 2) end)))
first.("Enum.max_by", Enum.max_by(m, fn {k, _} -> rem(k, 2) end))
first.("Enum.min_by", Enum.min_by(m, fn {k, _} -> rem(k, 2) end))
first.("Enum.group_by", Enum.group_by(m, fn {k, _} -> rem(k, 2) end, &elem(&1, 0)))
first.("Enum.split", Enum.split(m, 2) |> elem(0) |> keys.())
first.("Enum.concat", keys.(Enum.concat([m, m])))
first.("Enum.map_join", Enum.map_join(m, ",", fn {k, _} -> k end))
first.("for", for({k, _} <- m, do: k))
first.("for reduce", for({k, _} <- m, reduce: [], do: (acc -> [k | acc])))
first.("Stream.map", keys.(Stream.map(m, & &1) |> Enum.to_list()))
first.(":maps.fold", :maps.fold(fn k, _, acc -> [k | acc] end, [], m))

walk = fn walk, iter, acc ->
  case :maps.next(iter) do
    {k, _, iter} -> walk.(walk, iter, [k | acc])
    :none -> Enum.reverse(acc)
  end
end

first.(":maps.iterator", walk.(walk, :maps.iterator(m), []))
first.("small map", Enum.map(%{3 => 1, 1 => 2, 2 => 3}, &elem(&1, 0)))

Enum.each(m, fn {k, _} -> if k > 36, do: IO.write("#{k} ") end)
IO.puts("")
:maps.foreach(fn k, _ -> if k < 4, do: IO.write("#{k} ") end, m)
IO.puts("")
