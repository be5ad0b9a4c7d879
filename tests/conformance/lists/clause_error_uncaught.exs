# An uncaught FunctionClauseError from List.first/2: the clauses Elixir tried, marked, and its stack
list = Enum.find([nil], fn _ -> true end)
IO.puts("before")
List.first(list)
