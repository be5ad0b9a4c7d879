# chunk_every, chunk_by, split, split_with, split_while.
# Small integers such as [7, 8, 9] are printable, so inspect shows them as charlists.
IO.inspect(Enum.chunk_every(1..10, 3))
IO.inspect(Enum.chunk_every(1..10, 3, 3, :discard))
IO.inspect(Enum.chunk_every(1..6, 2, 1, :discard))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 2, 2, [:pad]))
IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 1], & &1))
IO.inspect(Enum.chunk_by(~w(a b 1 2 c), &(&1 =~ "1" or &1 =~ "2")))
IO.inspect(Enum.split([1, 2, 3, 4], 1))
IO.inspect(Enum.split([1, 2, 3, 4], -1))
IO.inspect(Enum.split_with(1..8, &(rem(&1, 2) == 0)))
IO.inspect(Enum.split_while([1, 2, 5, 1], &(&1 < 3)))
