# Recursion with accumulators over lists.
defmodule R do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
end

IO.inspect(R.sum([1, 2, 3, 4]))
IO.inspect(R.reverse([1, 2, 3]))
IO.inspect(R.fib(20))
IO.inspect(R.map([1, 2, 3], &(&1 * &1)))
