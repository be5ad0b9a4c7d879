# Process.register/unregister/whereis/registered for the current and a spawned process.
IO.inspect(Process.whereis(:my_main))
IO.inspect(Process.register(self(), :my_main))
IO.inspect(Process.whereis(:my_main) == self())
IO.inspect(:my_main in Process.registered())
IO.inspect(Process.info(self(), :registered_name))

parent = self()

pid =
  spawn(fn ->
    receive do
      :stop -> send(parent, :stopped)
    end
  end)

IO.inspect(Process.register(pid, :my_worker))
IO.inspect(Process.whereis(:my_worker) == pid)
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(Enum.sort(Enum.filter(Process.registered(), &(&1 in [:my_main, :my_worker]))))

IO.inspect(Process.unregister(:my_worker))
IO.inspect(Process.whereis(:my_worker))
IO.inspect(Process.info(pid, :registered_name))

# the name of a process that ends is released
Process.register(pid, :my_worker)
ref = Process.monitor(pid)
send(:my_worker, :stop)
receive do
  :stopped -> IO.puts("stopped")
end
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
IO.inspect(Process.whereis(:my_worker))
IO.inspect(:my_worker in Process.registered())

IO.inspect(Process.unregister(:my_main))
IO.inspect(Process.info(self(), :registered_name))
