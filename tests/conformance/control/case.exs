# case matches clauses in order, with guards.
classify = fn x ->
  case x do
    0 -> "zero"
    n when is_integer(n) and n < 0 -> "negative"
    n when is_integer(n) -> "positive"
    {:ok, v} -> "ok #{v}"
    [_ | _] -> "non-empty list"
    _ -> "something else"
  end
end

for v <- [0, -3, 8, {:ok, 1}, [1], [], :x], do: IO.puts(classify.(v))
x = 5
r = case 5 do
  ^x -> :matched_pin
end
IO.inspect(r)
IO.inspect(case {1, 2} do
  {a, b} when a > b -> :desc
  {_, _} -> :asc
end)
