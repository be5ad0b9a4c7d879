# Factorial of 100 is a 158-digit bignum.
defmodule Fact do
  def of(0), do: 1
  def of(n) when n > 0, do: n * of(n - 1)
end

IO.puts(Fact.of(100))
IO.puts(Fact.of(25))
IO.puts(Fact.of(20))
IO.inspect(Fact.of(30) |> Integer.digits() |> length())
