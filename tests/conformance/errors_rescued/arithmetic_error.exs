# ArithmeticError: bad operands, division by zero, float overflow.
defmodule T do
  def zero, do: 0
  def atom, do: :a
end

for f <- [fn -> 1 / T.zero() end, fn -> div(1, T.zero()) end, fn -> rem(5, T.zero()) end,
          fn -> 1 + T.atom() end, fn -> 1.0e308 * (T.zero() + 10.0) end] do
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      IO.inspect(e)
  end
end
