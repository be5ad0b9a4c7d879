# uniq, uniq_by, dedup, dedup_by, group_by.
IO.inspect(Enum.uniq([1, 2, 1, 3, 2, 4]))
IO.inspect(Enum.uniq_by(~w(apple avocado banana blueberry cherry), &String.first/1))
IO.inspect(Enum.dedup([1, 1, 2, 2, 2, 1, 3, 3]))
IO.inspect(Enum.dedup_by([{1, :a}, {2, :a}, {3, :b}], &elem(&1, 1)))
IO.inspect(Enum.group_by(~w(ant bee cat ape bat), &String.first/1))
IO.inspect(Enum.group_by(1..10, &rem(&1, 3), &(&1 * 10)))
IO.inspect(Enum.uniq([1, 1.0, 1]))
