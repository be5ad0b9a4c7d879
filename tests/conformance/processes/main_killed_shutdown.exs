# An exit signal :shutdown that kills the script's process is reported too, with status 1.
parent = self()
IO.puts("before")
spawn(fn -> Process.exit(parent, {:shutdown, 3}) end)
Process.sleep(1000)
IO.puts("not reached")
