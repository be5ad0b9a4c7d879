# Sending to a name nobody registered raises ArgumentError; uncaught it ends the script.
try do
  send(:nobody_here, :hello)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

IO.puts("now uncaught")
send(:nobody_here_either, :hello)
IO.puts("not reached")
