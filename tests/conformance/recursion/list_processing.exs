# Classic recursive list functions: quicksort, flatten, permutations.
defmodule L do
  def qsort([]), do: []
  def qsort([p | rest]) do
    qsort(for x <- rest, x < p, do: x) ++ [p] ++ qsort(for x <- rest, x >= p, do: x)
  end

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def perms([]), do: [[]]
  def perms(list), do: for x <- list, rest <- perms(list -- [x]), do: [x | rest]
end

IO.inspect(L.qsort([5, 3, 8, 1, 9, 2, 7, 5]))
IO.inspect(L.flatten([1, [2, [3, [4, []]], 5]]))
IO.inspect(L.perms([1, 2, 3]))
