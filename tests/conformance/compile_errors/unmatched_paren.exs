# An unclosed parenthesis.
IO.inspect((1 + 2)
IO.puts("x")
