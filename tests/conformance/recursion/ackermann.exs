# Deep, branching recursion: Ackermann and a naive Fibonacci.
defmodule Ack do
  def ack(0, n), do: n + 1
  def ack(m, 0), do: ack(m - 1, 1)
  def ack(m, n), do: ack(m - 1, ack(m, n - 1))

  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

IO.inspect(Ack.ack(2, 3))
IO.inspect(Ack.ack(3, 5))
IO.inspect(Ack.fib(25))
