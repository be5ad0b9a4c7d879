# Process.list/0 and :erlang.system_info(:process_count): live processes, spawned ones included, dead ones not.
defmodule PList do
  def run do
    list = Process.list()
    IO.inspect(is_list(list) and Enum.all?(list, &is_pid/1))
    IO.inspect(self() in list)

    pid =
      spawn(fn ->
        receive do
          :stop -> :ok
        end
      end)

    IO.inspect(pid in Process.list())
    IO.inspect(length(Process.list()) == length(list) + 1)
    ref = Process.monitor(pid)
    send(pid, :stop)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end

    IO.inspect(pid in Process.list())
  end
end

defmodule Count do
  def run do
    before = :erlang.system_info(:process_count)
    IO.inspect(is_integer(before) and before >= 1)

    pids =
      for _ <- 1..10 do
        spawn(fn ->
          receive do
            :stop -> :ok
          end
        end)
      end

    IO.inspect(:erlang.system_info(:process_count) - before)
    IO.inspect(length(Process.list()) == :erlang.system_info(:process_count))

    refs = for pid <- pids, do: Process.monitor(pid)
    Enum.each(pids, &send(&1, :stop))

    for ref <- refs do
      receive do
        {:DOWN, ^ref, :process, _, :normal} -> :ok
      end
    end

    IO.inspect(:erlang.system_info(:process_count) - before)
  end
end

PList.run()
Count.run()
