# An uncaught ArithmeticError from division by zero.
defmodule T do
  def divide(a, b), do: div(a, b)
end

IO.puts(T.divide(10, 2))
IO.puts(T.divide(1, 0))
