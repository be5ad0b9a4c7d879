# Process.exit(script_pid, :kill) from another process ends the script with "** (EXIT from ...) killed".
parent = self()
IO.puts("before")
spawn(fn -> Process.exit(parent, :kill) end)
Process.sleep(1000)
IO.puts("not reached")
