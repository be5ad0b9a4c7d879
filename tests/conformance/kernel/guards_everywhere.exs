# Guards in case, fn and with clauses, including in/not in with ranges and lists.
check = fn
  x when x in 1..9 -> :digit
  x when x in [:a, :b] -> :ab
  x when is_binary(x) and binary_part(x, 0, 1) == "h" -> :h_string
  x when not is_atom(x) -> :not_atom
  _ -> :atom
end
IO.inspect(Enum.map([5, :a, "hi", 3.5, :z, 10], check))
r = case {1, 2} do
  {a, b} when a + b > 5 -> :big
  {a, b} when a < b and (b - a) == 1 -> :consecutive
  _ -> :other
end
IO.inspect(r)
IO.inspect(with n when n > 0 <- 5, do: :positive)
IO.inspect(case 3 do
  x when x > 2 when x < -2 -> :far
  _ -> :near
end)
