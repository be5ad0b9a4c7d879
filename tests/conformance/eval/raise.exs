# -e: an error in the evaluated code itself.
IO.puts("before")
raise "from -e"
