a = fn x, y -> x + y end
a.(1, 2)