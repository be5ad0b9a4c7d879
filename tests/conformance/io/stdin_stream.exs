# IO.stream/2 and IO.binstream/2 enumerate standard input by line or by count, lazily: what a stream does not take is left for the next read.
IO.inspect(IO.stream(:stdio, :line))
IO.inspect(IO.binstream(:stdio, 5))
IO.inspect(IO.stream(:stdio, :line) |> Enum.take(2))
IO.inspect(IO.stream(:stdio, 4) |> Enum.take(2))
IO.inspect(IO.binstream(:stdio, :line) |> Enum.take(1))

IO.stream()
|> Stream.map(&String.trim/1)
|> Stream.reject(&(&1 == ""))
|> Enum.flat_map(&String.split/1)
|> Enum.frequencies()
|> Enum.sort()
|> IO.inspect()

IO.inspect(IO.binstream() |> Enum.to_list())
IO.inspect(Enum.into(["to ", "stdout", "\n"], IO.stream(:stdio, :line)))
IO.inspect(Enum.into(["bytes", "\n"], IO.binstream(:stdio, :line)))
