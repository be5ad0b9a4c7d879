# More Enum functions given nil: where each calls into the protocol, as Elixir's frames show it.
calls = [
  {"take", &Enum.take(&1, 1)},
  {"drop", &Enum.drop(&1, 1)},
  {"split", &Enum.split(&1, 1)},
  {"drop_while", &Enum.drop_while(&1, fn x -> x end)},
  {"intersperse", &Enum.intersperse(&1, 0)},
  {"unzip", &Enum.unzip/1},
  {"dedup", &Enum.dedup/1},
  {"chunk_every", &Enum.chunk_every(&1, 2)},
  {"chunk_by", &Enum.chunk_by(&1, fn x -> x end)},
  {"reduce_while", &Enum.reduce_while(&1, 0, fn _, acc -> {:cont, acc} end)},
  {"find_index", &Enum.find_index(&1, fn x -> x end)}
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

try do
  Range.new(nil, 1)
rescue
  e -> IO.write(Exception.format(:error, e, Enum.take(__STACKTRACE__, 1)))
end
