# Proper lists end in []; improper lists have another tail and print with |.
IO.inspect([1, 2, 3])
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect([1 | 2])
IO.inspect([1, 2 | 3])
IO.inspect([[1, 2], [3 | 4]])
[h | t] = [:a, :b, :c]
IO.inspect(h)
IO.inspect(t)
IO.inspect(hd([1 | 2]))
IO.inspect(tl([1 | 2]))
IO.inspect(is_list([1 | 2]))
IO.inspect(length([]))
IO.inspect([] == [])
