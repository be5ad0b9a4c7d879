# What to_string, interpolation, List.to_string and Enum.join raise, with Elixir's frames.
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

x = Enum.random([{1, 2}])
report.("to_string of a tuple", fn -> to_string(x) end)
report.("interpolated tuple", fn -> "value: #{x}" end)
report.("a bitstring", fn -> to_string(<<1::3>>) end)
report.("to_charlist of a tuple", fn -> to_charlist(x) end)
report.("a list of atoms", fn -> to_string([:a, :b]) end)
report.("an invalid code point", fn -> List.to_string([0xD800]) end)
report.("joined with nothing", fn -> Enum.join([1, x]) end)
report.("joined with commas", fn -> Enum.join([1, x], ", ") end)
report.("joined first", fn -> Enum.join([x, 1], ", ") end)
report.("map_join", fn -> Enum.map_join([1, 2], ", ", fn _ -> x end) end)
IO.puts("#{1}, #{:two}, #{3.0}, #{'four'}, #{["fi", ?v, "e"]}, #{nil}end")
IO.puts(Enum.join([1, "two", :three], " "))
