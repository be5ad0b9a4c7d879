# An uncaught FunctionClauseError from Enum.take/2: the clauses Elixir tried, marked, and its stack
amount = Enum.find([:all], fn _ -> true end)
IO.puts("before")
Enum.take([1, 2, 3], amount)
