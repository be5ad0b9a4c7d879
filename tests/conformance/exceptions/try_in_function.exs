# Functions may use try implicitly with def ... rescue/after.
defmodule Safe do
  def divide(a, b) do
    a / b
  rescue
    ArithmeticError -> :infinity
  end

  def cleanup(x) do
    x * 2
  after
    IO.puts("cleanup done")
  end

  def catcher(f) do
    f.()
  catch
    :throw, v -> {:thrown, v}
  end
end

IO.inspect(Safe.divide(1, 2))
IO.inspect(Safe.divide(1, 0))
IO.inspect(Safe.cleanup(21))
IO.inspect(Safe.catcher(fn -> throw(:x) end))
IO.inspect(Safe.catcher(fn -> :fine end))
