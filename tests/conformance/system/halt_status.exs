# System.halt(3) stops immediately with exit status 3.
IO.puts("before halt")
System.halt(3)
IO.puts("never printed")
