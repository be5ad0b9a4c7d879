# Monitoring a dead pid or a name nobody has delivers :DOWN with reason :noproc at once.
defmodule NoProc do
  def run do
    {pid, ref} = spawn_monitor(fn -> :ok end)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end

    ref2 = Process.monitor(pid)

    receive do
      {:DOWN, ^ref2, :process, ^pid, reason} -> IO.inspect(reason)
    end

    ref3 = Process.monitor(:no_such_process)

    receive do
      {:DOWN, ^ref3, :process, who, reason} -> IO.inspect({who, reason})
    end
  end
end

NoProc.run()
