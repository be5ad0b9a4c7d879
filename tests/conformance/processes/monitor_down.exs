# Process.monitor delivers {:DOWN, ref, :process, pid, reason} once, with the exit reason.
defmodule Mon do
  def run do
    pid =
      spawn(fn ->
        receive do
          {:exit_with, r} -> exit(r)
        end
      end)

    ref = Process.monitor(pid)
    IO.inspect(is_reference(ref))
    send(pid, {:exit_with, {:bad, :thing}})

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    # two monitors on one process: two distinct refs, two messages
    pid2 =
      spawn(fn ->
        receive do
          :go -> :ok
        end
      end)

    r1 = Process.monitor(pid2)
    r2 = Process.monitor(pid2)
    IO.inspect(r1 != r2)
    send(pid2, :go)

    for r <- [r1, r2] do
      receive do
        {:DOWN, ^r, :process, ^pid2, reason} -> IO.inspect(reason)
      end
    end

    # a monitor does not link: the monitoring process is not affected
    {pid3, ref3} = spawn_monitor(fn -> exit(:crash) end)

    receive do
      {:DOWN, ^ref3, :process, ^pid3, reason} -> IO.inspect(reason)
    end

    IO.inspect(Process.info(self(), :message_queue_len))
    IO.puts("monitoring process is still alive")
  end
end

Mon.run()
