# Map functions given a non-map or what none of their clauses take: Elixir's errors and lines
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

bad = fn -> nil end
report.(fn -> Map.put(bad.(), :a, 1) end)
report.(fn -> Map.put_new(bad.(), :a, 1) end)
report.(fn -> Map.replace(bad.(), :a, 1) end)
report.(fn -> Map.replace!(bad.(), :a, 1) end)
report.(fn -> Map.replace!(%{}, :a, 1) end)
report.(fn -> Map.take(bad.(), []) end)
report.(fn -> Map.pop!(%{}, :a) end)
report.(fn -> Map.get_lazy(%{}, :a, bad.()) end)
report.(fn -> Map.put_new_lazy(%{}, :a, bad.()) end)
report.(fn -> Map.replace_lazy(bad.(), :a, bad.()) end)
report.(fn -> Map.update(%{}, :a, 1, bad.()) end)
report.(fn -> Map.update!(%{}, :a, bad.()) end)
report.(fn -> Map.pop_lazy(%{}, :a, bad.()) end)
report.(fn -> Map.get_and_update(%{}, :a, bad.()) end)
report.(fn -> Map.get_and_update!(%{}, :a, bad.()) end)
report.(fn -> Map.get_and_update(%{a: 1}, :a, fn _ -> :bad end) end)
report.(fn -> Map.get_and_update!(%{a: 1}, :a, fn _ -> :bad end) end)
report.(fn -> Map.merge(%{}, %{}, bad.()) end)
report.(fn -> Map.new([], bad.()) end)
report.(fn -> Map.new([1, 2], fn x -> x end) end)
report.(fn -> Map.filter(bad.(), bad.()) end)
report.(fn -> Map.reject(bad.(), bad.()) end)
report.(fn -> Map.map(bad.(), bad.()) end)
report.(fn -> Map.map(%{a: 1}, bad.()) end)
report.(fn -> Map.from_struct(1) end)
report.(fn -> Map.from_struct(%{}) end)
