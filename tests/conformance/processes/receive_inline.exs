# The one-line forms receive do: (pattern -> body) and case x, do: (a -> b; c -> d).
send(self(), {:ok, 42})
IO.inspect(receive do: ({:ok, n} -> n * 2))

send(self(), :b)
IO.inspect(receive do: (:a -> 1; :b -> 2))

IO.inspect(case 3, do: (1 -> :one; _ -> :other))
