# Stack frames inside Enum's counting, grouping, sorting and searching functions are Elixir's.
boom = fn x -> raise "boom #{inspect(x)}" end

calls = [
  {"count", fn e -> Enum.count(e, boom) end},
  {"group_by", fn e -> Enum.group_by(e, boom) end},
  {"group_by's values", fn e -> Enum.group_by(e, & &1, boom) end},
  {"frequencies_by", fn e -> Enum.frequencies_by(e, boom) end},
  {"uniq_by", fn e -> Enum.uniq_by(e, boom) end},
  {"find_value", fn e -> Enum.find_value(e, boom) end},
  {"take_while", fn e -> Enum.take_while(e, boom) end},
  {"sort_by", fn e -> Enum.sort_by(e, boom) end},
  {"sort_by descending", fn e -> Enum.sort_by(e, boom, :desc) end},
  {"sort_by with a sorter", fn e -> Enum.sort_by(e, boom, &>=/2) end},
  {"into a list", fn e -> Enum.into(e, [], boom) end}
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
