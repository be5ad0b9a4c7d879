result =
  [1, 2, 3]
  |> Enum.map(fn x -> x * 2 end)
  |> Enum.filter(&(rem(&1, 2) == 0))
  |> Enum.reduce(0, &+/2)
IO.inspect result, label: "sum"