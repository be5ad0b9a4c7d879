# sort, sort with a function or :asc/:desc, sort_by (stable).
IO.inspect(Enum.sort([5, 2, 8, 1]))
IO.inspect(Enum.sort([5, 2, 8, 1], :desc))
IO.inspect(Enum.sort([5, 2, 8, 1], &(&1 >= &2)))
people = [{"ann", 30}, {"bob", 25}, {"cat", 30}, {"dan", 25}, {"eve", 35}]
IO.inspect(Enum.sort_by(people, &elem(&1, 1)))
IO.inspect(Enum.sort_by(people, &elem(&1, 1), :desc))
IO.inspect(Enum.sort_by(people, fn {n, a} -> {-a, n} end))
IO.inspect(Enum.sort(["banana", "Apple", "cherry"]))
IO.inspect(Enum.sort_by(~w(ccc a bb), &String.length/1))
IO.inspect(Enum.sort([3.0, 1, 2.5, 2]))
IO.inspect(Enum.sort([1, 1.0, 1]))
