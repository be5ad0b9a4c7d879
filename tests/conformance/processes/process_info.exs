# Process.info/2 for the common keys, on a waiting process, on self() and on a dead process.
defmodule Info do
  def wait_until_waiting(pid) do
    case Process.info(pid, :status) do
      {:status, :waiting} -> :ok
      _ -> wait_until_waiting(pid)
    end
  end

  def run do
    parent = self()

    pid =
      spawn(fn ->
        Process.put(:color, :blue)
        send(parent, :ready)

        receive do
          :go ->
            receive do
              :stop -> :ok
            end
        end
      end)

    receive do
      :ready -> :ok
    end

    wait_until_waiting(pid)
    IO.inspect(Process.info(pid, :status))
    send(pid, :first)
    send(pid, {:second, [1, 2]})
    IO.inspect(Process.info(pid, :message_queue_len))
    IO.inspect(Process.info(pid, :messages))
    IO.inspect(Process.info(pid, :links))
    IO.inspect(Process.info(pid, :dictionary))
    IO.inspect(Process.info(pid, :trap_exit))
    IO.inspect(Process.info(pid, :registered_name))
    Process.register(pid, :info_target)
    IO.inspect(Process.info(pid, :registered_name))
    IO.inspect(Process.info(pid, [:message_queue_len, :trap_exit, :registered_name]))

    {:heap_size, heap} = Process.info(pid, :heap_size)
    {:memory, mem} = Process.info(pid, :memory)
    {:reductions, reds} = Process.info(pid, :reductions)
    IO.inspect({is_integer(heap) and heap > 0, is_integer(mem) and mem > 0, is_integer(reds) and reds > 0})

    info = Process.info(pid)
    IO.inspect(Keyword.take(info, [:message_queue_len, :links, :dictionary, :trap_exit]))

    # self
    IO.inspect(Process.info(self(), :status))
    {:reductions, r1} = Process.info(self(), :reductions)
    Enum.each(1..1000, fn x -> x * 2 end)
    {:reductions, r2} = Process.info(self(), :reductions)
    IO.inspect(r2 > r1)

    # a dead process
    ref = Process.monitor(pid)
    send(pid, :go)
    send(pid, :stop)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end

    IO.inspect(Process.info(pid, :status))
    IO.inspect(Process.info(pid, [:status, :links]))
    IO.inspect(Process.info(pid))
  end
end

Info.run()
