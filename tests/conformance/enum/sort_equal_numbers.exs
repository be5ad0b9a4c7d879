# 1 and 1.0 compare equal, so a sort may place them either way; Elixir's
# Enum.sort/1 places them as Erlang's lists:sort does, and vial must match.

# Ascending input keeps equal terms in order; a descending start flips them.
IO.inspect(Enum.sort([1, 1.0, 2, 2.0, 3]))
IO.inspect(Enum.sort([3, 2.0, 2, 1.0, 1]))
IO.inspect(Enum.sort([2, 1.0, 1, 1]))
IO.inspect(Enum.sort([1.0, 1, 1.0, 0, 1]))

# Three or fewer elements are sorted stably.
IO.inspect(Enum.sort([2, 1, 1.0]))
IO.inspect(Enum.sort([1.0, 2, 1]))

# Longer lists, cut into several runs.
IO.inspect(Enum.sort([3.0, 1, 2, 1.0, 3, 2.0, 1, 0, 3, 1.0, 2, 2.0]))
IO.inspect(Enum.sort([0, 5, 1.0, 4, 1, 3.0, 3, 2, 2.0, 1, 5.0, 0.0]))
IO.inspect(Enum.sort(Enum.map(1..40, fn i -> if rem(i, 3) == 0, do: rem(i * 7, 5) * 1.0, else: rem(i * 7, 5) end)))

# The same rule holds inside tuples and lists.
IO.inspect(Enum.sort([{2}, {1.0}, {1}, {1.0}, {0}]))
IO.inspect(Enum.sort([[1, :b], [1.0, :a], [0], [1, :a]]))

# Sorting with a function, by a key, usort and uniq are stable: the first
# of equal terms comes first, or is the one kept.
IO.inspect(Enum.sort([2, 1.0, 1, 1], &<=/2))
IO.inspect(Enum.sort([1, 2.0, 2, 1.0], :desc))
IO.inspect(Enum.sort_by([{2, :a}, {1.0, :b}, {1, :c}], &elem(&1, 0)))
IO.inspect(:lists.usort([2, 1.0, 1, 3, 1]))
IO.inspect(Enum.uniq([1, 1.0, 1]))
IO.inspect(List.keysort([{2}, {1.0}, {1}, {1.0}], 0))

# List.keysort and Enum.sort_by cut their runs the same way, by key.
IO.inspect(List.keysort([{2.0}, {2}, {1.0}, {1}], 0))
IO.inspect(List.keysort([{:b, 1}, {:a, 1.0}, {:c, 1}, {:d, 0}], 1))
IO.inspect(Enum.sort_by([1, 1.0, 2, 2.0], & &1, :desc))
IO.inspect(Enum.sort_by([{1, :x}, {1.0, :y}, {0, :z}, {1, :w}], &elem(&1, 0)))
