# Output written before System.halt is flushed.
for i <- 1..5, do: IO.write("#{i} ")
IO.puts("")
IO.write(:stderr, "to stderr\n")
System.halt(1)
