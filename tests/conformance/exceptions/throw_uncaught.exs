# An uncaught throw terminates the script with an error.
IO.puts("throwing")
throw(:nobody_catches_this)
