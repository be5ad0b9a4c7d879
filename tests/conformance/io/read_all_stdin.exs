# IO.read(:stdio, :all) reads everything left on standard input at once.
text = IO.read(:stdio, :all)
IO.inspect(text)
IO.inspect(text |> String.split("\n", trim: true) |> Enum.map(&String.to_integer/1) |> Enum.sum())
IO.inspect(IO.read(:stdio, :all))
