# An uncaught FunctionClauseError from Access.fetch/2 reached through get_in: the clauses Elixir tried, marked, and its stack
data = Enum.find([{:a, 1}], fn _ -> true end)
IO.puts("before")
get_in(data, [:a])
