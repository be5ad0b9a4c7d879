# Enum functions given nil: the protocol error, with Elixir's frames inside Enum.
calls = [
  {"map", &Enum.map(&1, fn x -> x end)},
  {"each", &Enum.each(&1, fn x -> x end)},
  {"reduce", &Enum.reduce(&1, 0, fn x, acc -> x + acc end)},
  {"filter", &Enum.filter(&1, fn x -> x end)},
  {"count", &Enum.count/1},
  {"sum", &Enum.sum/1},
  {"join", &Enum.join(&1, ", ")},
  {"sort", &Enum.sort/1},
  {"sort descending", &Enum.sort(&1, :desc)},
  {"to_list", &Enum.to_list/1},
  {"reverse", &Enum.reverse/1},
  {"max", &Enum.max/1},
  {"min", &Enum.min/1},
  {"member?", &Enum.member?(&1, 1)},
  {"find", &Enum.find(&1, fn x -> x end)},
  {"group_by", &Enum.group_by(&1, fn x -> x end)},
  {"into", &Enum.into(&1, [])}
]

own_frame? = fn {mod, _, _, _} -> mod == :elixir_compiler_0 end

for {name, call} <- calls do
  try do
    call.(nil)
  rescue
    e ->
      frames = Enum.take_while(__STACKTRACE__, &(not own_frame?.(&1)))
      IO.puts("#{name}: #{Exception.message(e)}")
      IO.write(Exception.format_stacktrace(frames))
  end
end
