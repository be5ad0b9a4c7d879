# Operations on long lists stay correct: reverse, ++, sort, and length of 1,000,000.
l = Enum.to_list(1..1_000_000)
IO.inspect(length(l))
IO.inspect(l |> Enum.reverse() |> hd())
IO.inspect(length(l ++ l))
IO.inspect(Enum.sort(Enum.reverse(l)) == l)
IO.inspect(Enum.sum(Enum.map(l, &rem(&1, 7))))
IO.inspect(l |> Enum.filter(&(rem(&1, 100_000) == 0)))
