# Stack frames inside Enum's map_join, map_intersperse, map_reduce and with_index are Elixir's.
boom = fn x -> raise "boom #{inspect(x)}" end
on_two = fn 2 -> raise "two"; x -> x end

calls = [
  {"map_join", fn e -> Enum.map_join(e, ", ", boom) end},
  {"map_join at the second", fn e -> Enum.map_join(e, ", ", on_two) end},
  {"map_intersperse", fn e -> Enum.map_intersperse(e, :sep, boom) end},
  {"map_reduce", fn e -> Enum.map_reduce(e, 0, fn x, _ -> boom.(x) end) end},
  {"with_index", fn e -> Enum.with_index(e, fn x, _ -> boom.(x) end) end},
  {"with_index at the second", fn e -> Enum.with_index(e, fn x, _ -> on_two.(x) end) end}
]

inputs = [{"list", [1, 2]}, {"range", 1..2}, {"map", %{a: 1}}]

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

IO.puts(Enum.map_join([1, 2, 3], "-", &(&1 * 2)))
IO.puts(Enum.map_join(1..3, &to_string/1))
IO.inspect(Enum.map_intersperse(%{a: 1}, :x, &elem(&1, 0)))
IO.inspect(Enum.map_reduce(1..4, 0, fn x, acc -> {x * 2, acc + x} end))
IO.inspect(Enum.with_index(%{b: 2}, fn {k, v}, i -> {k, v + i} end))
