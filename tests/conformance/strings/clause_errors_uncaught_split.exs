# An uncaught FunctionClauseError from String.split/3 (the Regex clause is listed too)
IO.inspect(String.split("a b", " "))
String.split("a b", " ", :trim)
