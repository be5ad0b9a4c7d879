# with chains matches; a mismatch returns the value or goes to else.
fetch = fn map ->
  with {:ok, a} <- Map.fetch(map, :a),
       {:ok, b} <- Map.fetch(map, :b),
       sum = a + b,
       true <- sum > 0 do
    {:sum, sum}
  end
end

IO.inspect(fetch.(%{a: 1, b: 2}))
IO.inspect(fetch.(%{a: 1}))
IO.inspect(fetch.(%{a: -5, b: 2}))
parse = fn s ->
  with {n, ""} <- Integer.parse(s),
       true <- n > 0 do
    {:ok, n}
  else
    :error -> {:error, :not_a_number}
    {_n, rest} -> {:error, {:trailing, rest}}
    false -> {:error, :not_positive}
  end
end

for s <- ["12", "x", "3abc", "-4"], do: IO.inspect(parse.(s))
IO.inspect(with x when x > 1 <- 5, do: x * 2)
IO.inspect(with x when x > 10 <- 5, do: x * 2)
