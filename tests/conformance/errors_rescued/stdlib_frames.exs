# Stack frames inside Enum, Keyword and Map are the ones Elixir prints: files, lines and helpers.
boom = fn x -> raise "boom #{inspect(x)}" end

calls = [
  {"map", fn e -> Enum.map(e, boom) end},
  {"each", fn e -> Enum.each(e, boom) end},
  {"filter", fn e -> Enum.filter(e, boom) end},
  {"reject", fn e -> Enum.reject(e, boom) end},
  {"flat_map", fn e -> Enum.flat_map(e, boom) end},
  {"reduce", fn e -> Enum.reduce(e, 0, fn x, _ -> boom.(x) end) end},
  {"find", fn e -> Enum.find(e, boom) end},
  {"any?", fn e -> Enum.any?(e, boom) end},
  {"all?", fn e -> Enum.all?(e, boom) end},
  {"sum", fn e -> Enum.sum(Enum.map(e, fn _ -> :x end)) end}
]

inputs = [{"list", [1, 2]}, {"range", 1..2}, {"descending range", 3..1//-1}, {"map", %{a: 1}}]

own_frame? = fn {mod, _, _, _} -> mod == :elixir_compiler_0 end

report = fn title, f ->
  try do
    f.()
  rescue
    e ->
      frames = __STACKTRACE__ |> Enum.drop_while(own_frame?) |> Enum.take_while(&(not own_frame?.(&1)))
      IO.puts("#{title}: #{Exception.message(e)}")
      IO.write(Exception.format_stacktrace(frames))
  end
end

for {name, call} <- calls, {kind, input} <- inputs do
  report.("#{name} over a #{kind}", fn -> call.(input) end)
end

report.("sum of a bad list", fn -> Enum.sum([1, :a]) end)
report.("product of a bad list", fn -> Enum.product([2, :b]) end)
report.("max of nothing", fn -> Enum.max([]) end)
report.("min_by of nothing", fn -> Enum.min_by(%{}, & &1) end)
report.("reduce of nothing", fn -> Enum.reduce([], &+/2) end)
report.("reduce of an empty range", fn -> Enum.reduce(1..0//1, &+/2) end)
report.("random of nothing", fn -> Enum.random([]) end)
report.("fetch! past the end", fn -> Enum.fetch!([1], 5) end)
report.("not enumerable", fn -> Enum.count(:a) end)
report.("not enumerable either", fn -> Enum.member?(3, 1) end)
report.("Keyword.fetch!", fn -> Keyword.fetch!([a: 1], :b) end)
report.("Map.update!", fn -> Map.update!(%{a: 1}, :b, & &1) end)
