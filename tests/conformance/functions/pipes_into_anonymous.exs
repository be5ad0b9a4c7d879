# Pipes into anonymous functions and captures.
square = fn x -> x * x end
3 |> square.() |> IO.inspect()
[1, 2, 3] |> Enum.map(square) |> IO.inspect()
"abc" |> (&(&1 <> &1)).() |> IO.inspect()
%{a: 1} |> Map.put(:b, 2) |> Map.to_list() |> IO.inspect()
