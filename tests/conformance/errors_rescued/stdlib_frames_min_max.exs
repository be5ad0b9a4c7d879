# Stack frames inside Enum.min_by and max_by are Elixir's, at the first element and after it.
boom = fn x -> raise "boom #{inspect(x)}" end
on_two = fn 2 -> raise "two"; x -> x end

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

for {kind, input} <- [{"list", [1, 2]}, {"range", 1..2}, {"map", %{a: 1}}] do
  report.("min_by over a #{kind}", fn -> Enum.min_by(input, boom) end)
  report.("max_by over a #{kind}", fn -> Enum.max_by(input, on_two) end)
end

IO.inspect(Enum.min_by([3, 1, 2], &(-&1)))
IO.inspect(Enum.max_by(%{a: 1, b: 3}, fn {_, v} -> v end))
IO.inspect(Enum.min_by(5..1//-1, &rem(&1, 3)))
IO.inspect(Enum.max_by([], & &1, fn -> :none end))
