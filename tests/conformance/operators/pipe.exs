# |> passes the left value as the first argument.
"hello world"
|> String.split()
|> Enum.map(&String.capitalize/1)
|> Enum.join(" ")
|> IO.puts()
1..5 |> Enum.map(&(&1 * 2)) |> Enum.sum() |> IO.inspect()
[3, 1, 2] |> Enum.sort() |> Enum.reverse() |> IO.inspect(label: "sorted desc")
double = fn x -> x * 2 end
5 |> double.() |> double.() |> IO.inspect()
IO.inspect(-5 |> abs())
"x" |> String.duplicate(3) |> IO.inspect()
