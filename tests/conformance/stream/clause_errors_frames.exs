# A function that raises inside a running stream: the frames through Stream and Enumerable.Stream are Elixir's
report = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 4)))
  end
end

bad = fn _ -> raise "bad" end
bad2 = fn _, _ -> raise "bad" end
run = &Enum.to_list/1
after_stream = fn s -> run.(Stream.map(s, bad)) end
report.(fn -> run.(Stream.map([1], bad)) end)
report.(fn -> run.(Stream.filter(1..2, bad)) end)
report.(fn -> run.(Stream.reject(%{a: 1}, bad)) end)
report.(fn -> run.(Stream.each([1], bad)) end)
report.(fn -> run.(Stream.take_while([1], bad)) end)
report.(fn -> run.(Stream.drop_while([1], bad)) end)
report.(fn -> run.(Stream.dedup_by([1], bad)) end)
report.(fn -> run.(Stream.uniq_by([1], bad)) end)
report.(fn -> run.(Stream.map_every([1, 2], 2, bad)) end)
report.(fn -> run.(Stream.scan([1, 2], bad2)) end)
report.(fn -> run.(Stream.scan([1], 0, bad2)) end)
report.(fn -> run.(Stream.flat_map([1], bad)) end)
report.(fn -> run.(Stream.transform([1], 0, bad2)) end)
report.(fn -> run.(Stream.transform([1], fn -> 0 end, fn x, a -> {[x], a} end, bad, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.transform([1], fn -> raise "start" end, bad2, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.transform([1], fn -> 0 end, fn x, a -> {[x], a} end, bad)) end)
report.(fn -> run.(Stream.chunk_while([1], [], bad2, fn a -> {:cont, a} end)) end)
report.(fn -> run.(Stream.chunk_while([1], [], fn x, a -> {:cont, [x | a]} end, bad)) end)
report.(fn -> run.(Stream.unfold(0, bad)) end)
report.(fn -> Enum.take(Stream.iterate(0, bad), 2) end)
report.(fn -> Enum.take(Stream.repeatedly(fn -> raise "again" end), 2) end)
report.(fn -> run.(Stream.resource(fn -> 0 end, bad, fn _ -> :ok end)) end)
report.(fn -> run.(Stream.resource(fn -> 0 end, fn a -> {:halt, a} end, bad)) end)
report.(fn -> run.(Stream.resource(fn -> raise "start" end, bad, fn _ -> :ok end)) end)
report.(fn -> after_stream.(Stream.with_index([1])) end)
report.(fn -> after_stream.(Stream.take([1, 2], 1)) end)
report.(fn -> after_stream.(Stream.drop([1, 2], 1)) end)
report.(fn -> after_stream.(Stream.drop([1, 2], -1)) end)
report.(fn -> after_stream.(Stream.take_every([1, 2], 1)) end)
report.(fn -> after_stream.(Stream.drop_every([1, 2], 2)) end)
report.(fn -> after_stream.(Stream.intersperse([1, 2], 0)) end)
report.(fn -> after_stream.(Stream.concat([[1], [2]])) end)
report.(fn -> after_stream.(Stream.cycle([1, 2])) end)
report.(fn -> after_stream.(Stream.duplicate(1, 2)) end)
report.(fn -> after_stream.(Stream.scan([1, 2], &Kernel.+/2)) end)
report.(fn -> after_stream.(Stream.chunk_every([1], 2)) end)
report.(fn -> Enum.reduce(Stream.map([1], & &1), 0, bad2) end)
report.(fn -> Stream.run(Stream.map([1], bad)) end)
