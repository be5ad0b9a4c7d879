# System.argv() returns the script's command-line arguments as strings.
args = System.argv()
IO.inspect(args)
IO.inspect(length(args))
Enum.each(args, &IO.puts/1)
