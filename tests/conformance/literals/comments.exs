# Comments run from # to the end of the line, anywhere.
# a full-line comment
x = 1 # trailing comment
y = # comment after an operator
  2
IO.inspect(x + y) # => 3
IO.puts("# inside a string is not a comment")
