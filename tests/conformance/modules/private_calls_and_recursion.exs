# Private helpers with accumulators, and multiple arities of the same name.
defmodule Stats do
  def mean(list), do: sum(list) / count(list)
  def sum(list), do: sum(list, 0)
  defp sum([], acc), do: acc
  defp sum([h | t], acc), do: sum(t, acc + h)
  defp count(list), do: length(list)
end

IO.inspect(Stats.mean([1, 2, 3, 4]))
IO.inspect(Stats.sum([10, 20]))
