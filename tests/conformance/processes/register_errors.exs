# Registering a taken name, a dead pid, a second name, or unregistering an unknown name fails.
parent = self()
pid =
  spawn(fn ->
    receive do
      :stop -> :ok
    end
  end)
Process.register(pid, :taken)

try do
  Process.register(self(), :taken)
rescue
  e in ArgumentError -> IO.puts(String.replace(Exception.message(e), inspect(self()), "SELF"))
end

try do
  Process.register(pid, :another_name)
rescue
  e in ArgumentError -> IO.puts(String.replace(Exception.message(e), inspect(pid), "PID"))
end

ref = Process.monitor(pid)
send(pid, :stop)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

try do
  Process.register(pid, :dead_one)
rescue
  e in ArgumentError -> IO.puts(String.replace(Exception.message(e), inspect(pid), "PID"))
end

try do
  Process.register(self(), nil)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

IO.inspect(Process.whereis(:taken))
IO.inspect(Process.register(parent, :taken))
