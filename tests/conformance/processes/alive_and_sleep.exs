# Process.alive? is true while a process runs and false once it has ended; Process.sleep waits.
defmodule AliveSleep do
  def run do
    IO.inspect(Process.alive?(self()))

    pid =
      spawn(fn ->
        receive do
          :stop -> :ok
        end
      end)
    IO.inspect(Process.alive?(pid))

    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> IO.puts("down")
    end
    IO.inspect(Process.alive?(pid))

    t0 = System.monotonic_time(:millisecond)
    IO.inspect(Process.sleep(60))
    t1 = System.monotonic_time(:millisecond)
    IO.inspect(t1 - t0 >= 60)
    IO.inspect(Process.sleep(0))

    # a sleeping process does not lose its messages
    send(self(), :kept)
    Process.sleep(10)
    receive do
      m -> IO.inspect(m)
    end
  end
end

AliveSleep.run()
