# Naive doubly recursive Fibonacci: calls and small-integer arithmetic.
defmodule Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

{us, result} = :timer.tc(fn -> Fib.fib(30) end)
IO.puts(result)
IO.puts(:stderr, "time_us #{us}")
