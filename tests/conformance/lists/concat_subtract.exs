# ++ appends lists; -- removes the first occurrence of each element.
IO.inspect([1, 2] ++ [3, 4])
IO.inspect([1, 2] ++ 3)
IO.inspect([] ++ [])
IO.inspect([1, 2, 3, 2, 1] -- [2, 1])
IO.inspect([1, 2, 3] -- [4])
IO.inspect([:a, :b] -- [:a, :a])
IO.inspect([1, 2, 3] ++ [4] -- [4])
IO.inspect('abc' ++ [?d])
