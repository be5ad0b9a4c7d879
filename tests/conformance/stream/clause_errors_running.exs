# Errors that a stream raises only as it runs, from Stream's helpers at Elixir's lines
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

run = &Enum.to_list/1
report.(fn -> run.(Stream.transform([1], 0, fn _x, _acc -> :bad end)) end)
report.(fn -> run.(Stream.transform([1], 0, fn x, acc -> {[x], acc, :extra} end)) end)
report.(fn -> run.(Stream.transform([1], 0, fn _x, acc -> {:foo, acc} end)) end)
report.(fn -> run.(Stream.transform([1], fn -> 0 end, fn _x, _acc -> :bad end, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.transform([1], fn -> 0 end, fn x, a -> {[x], a} end, fn _ -> :bad end, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.resource(fn -> 0 end, fn _ -> :bad end, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.resource(fn -> 0 end, fn a -> {:foo, a} end, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.unfold(0, fn n -> [n] end)) end)
report.(fn -> run.(Stream.chunk_while([1], [], fn _, _ -> :bad end, fn a -> {:cont, a} end)) end)
report.(fn -> run.(Stream.chunk_while([1], [], fn x, a -> {:cont, [x | a]} end, fn a -> {:halt, a} end)) end)
report.(fn -> run.(Stream.chunk_every([1, 2, 3], 2, 2, :foo)) end)
report.(fn -> run.(Stream.cycle([])) end)
report.(fn -> Enum.take(Stream.cycle(1..0//1), 2) end)
report.(fn -> Enum.take(Stream.cycle(%{}), 2) end)
report.(fn -> Enum.take(Stream.cycle(nil), 2) end)
report.(fn -> run.(Stream.map(nil, & &1)) end)
report.(fn -> run.(Stream.take(nil, -1)) end)
report.(fn -> run.(Stream.concat([1, 2])) end)
report.(fn -> run.(Stream.concat([1], :a)) end)
report.(fn -> run.(Stream.flat_map([1], fn x -> {x} end)) end)
report.(fn -> run.(Stream.zip([[1], nil])) end)
report.(fn -> run.(Stream.zip(%{a: [1], b: [2]})) end)
report.(fn -> run.(Stream.into([1], nil)) end)
report.(fn -> run.(Stream.into([1], 1.5)) end)
report.(fn -> Stream.run(1) end)
IO.inspect(Enum.take(Stream.resource(fn -> 0 end, fn a -> {Stream.repeatedly(fn -> a end), a + 1} end, fn _ -> :ok end), 3))
IO.inspect(Enum.take(Stream.resource(fn -> 0 end, fn a -> {%{a => a}, a + 1} end, fn _ -> :ok end), 3))
IO.inspect(Enum.take(Stream.transform([1, 2], 0, fn x, a -> {Stream.repeatedly(fn -> x end), a} end), 3))
IO.inspect(Enum.to_list(Stream.transform([1, 2], 0, fn x, a -> {%{x => x}, a} end)))
IO.inspect(Enum.to_list(Stream.timer(0)))
IO.inspect(Enum.take(Stream.interval(0), 3))
report.(fn -> run.(Stream.zip_with([[1 | 2], [2, 3]], & &1)) end)
report.(fn -> run.(Stream.zip_with([[1, 2], [2 | 3]], & &1)) end)
report.(fn -> run.(Stream.map(&Kernel.node/0, & &1)) end)
report.(fn -> run.(Stream.zip([1..2, &Kernel.is_atom/1])) end)
