# An uncaught FunctionClauseError from String.upcase/2: the clauses Elixir tried, with +/- marks
IO.puts(String.upcase("ok"))
String.upcase(nil)
