# An uncaught FunctionClauseError lists the arguments given.
defmodule T do
  def only_ints(x, y) when is_integer(x) and is_integer(y), do: x + y
end

IO.puts(T.only_ints(1, 2))
T.only_ints(1, "two")
