# An unbound variable at the top level of a script.
IO.puts("not printed: the whole file is compiled first")
IO.inspect(nope)
