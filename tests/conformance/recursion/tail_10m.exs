# A tail-recursive loop of 10,000,000 steps runs in constant stack space.
defmodule Loop do
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + 1)

  def sum_to(n), do: sum_to(n, 0)
  defp sum_to(0, acc), do: acc
  defp sum_to(n, acc), do: sum_to(n - 1, acc + n)
end

IO.puts(Loop.count(10_000_000, 0))
IO.puts(Loop.sum_to(10_000_000))
