# Monitoring a registered name: the :DOWN message names the process as {name, node()}.
defmodule MonName do
  def run do
    named =
      spawn(fn ->
        receive do
          :stop -> exit(:named_stop)
        end
      end)

    Process.register(named, :named_proc)
    ref = Process.monitor(:named_proc)
    send(:named_proc, :stop)

    receive do
      {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason})
    end

    # demonitor works the same for a monitor made by name
    other =
      spawn(fn ->
        receive do
          :stop -> :ok
        end
      end)

    Process.register(other, :other_proc)
    ref2 = Process.monitor(:other_proc)
    IO.inspect(Process.demonitor(ref2, [:flush, :info]))
    send(other, :stop)
  end
end

MonName.run()
