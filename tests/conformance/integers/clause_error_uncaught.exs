# Integer.parse given nil, uncaught: the report marks which parts of each clause failed
input = Enum.at([nil], 0)
IO.puts("parsing")
Integer.parse(input, 10)
