# Module warnings: clauses of one function apart from each other, private functions nothing public reaches
defmodule Inventory do
  def count([]), do: 0
  def total(items), do: Enum.sum(items)

  def count([_ | rest]), do: 1 + count(rest)

  def report(items), do: format(total(items))

  defp format(n), do: "total: #{n}"

  # only called by itself and by another unused function: still unused
  defp loop(0), do: :done
  defp loop(n), do: loop(n - 1)
  defp start, do: loop(3)

  defp helper(x, y \\ 1), do: x + y
end

IO.inspect(Inventory.count([:a, :b]))
IO.puts(Inventory.report([1, 2, 3]))
