# A string that never ends is a syntax error.
IO.puts("hello)
IO.puts("more")
