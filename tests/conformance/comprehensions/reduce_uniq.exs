# for with reduce: accumulates; uniq: true drops duplicates.
IO.inspect(for x <- 1..10, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for w <- ~w(a b a c b a), reduce: %{} do
  acc -> Map.update(acc, w, 1, &(&1 + 1))
end)
IO.inspect(for x <- [1, 2, 1, 3, 2], uniq: true, do: x * 10)
IO.inspect(for x <- [3, 1, 3], y <- [1, 1], uniq: true, do: {x, y})
IO.inspect(for x <- 1..5, x > 2, reduce: [] do
  acc when length(acc) < 2 -> [x | acc]
  acc -> acc
end)
