# receive matches messages against patterns: tuples, pins, maps, lists, literals.
send(self(), {:point, 1, 2})
send(self(), %{kind: :map, value: 10})
send(self(), [1, 2, 3])
send(self(), "text")
send(self(), {:tag, :expected})

expected = :expected

for _ <- 1..5 do
  result =
    receive do
      {:point, x, y} -> {:point_sum, x + y}
      %{kind: :map, value: v} -> {:map_value, v}
      [h | t] -> {:list, h, length(t)}
      "te" <> rest -> {:binary_rest, rest}
      {:tag, ^expected} -> :pinned
    end

  IO.inspect(result)
end
