# An unexpected closing bracket is a syntax error.
x = [1, 2, 3]]
IO.inspect(x)
