# Float.round given an integer, uncaught: the report marks which parts of each clause failed
input = Enum.at([3], 0)
IO.puts("rounding")
Float.round(input, 2)
