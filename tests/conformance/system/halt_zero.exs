# System.halt() exits with status 0 and skips the rest of the script.
IO.puts("halting")
System.halt()
IO.puts("never printed")
