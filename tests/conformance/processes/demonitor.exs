# Process.demonitor stops a monitor; :flush also removes a :DOWN already delivered; :info tells if it was active.
defmodule Demon do
  def count_down do
    receive do
      {:DOWN, _, _, _, _} -> 1 + count_down()
    after
      0 -> 0
    end
  end

  def run do
    parent = self()

    pid =
      spawn(fn ->
        receive do
          :stop -> send(parent, :stopping)
        end
      end)

    ref = Process.monitor(pid)
    IO.inspect(Process.demonitor(ref))
    send(pid, :stop)

    receive do
      :stopping -> :ok
    end

    Process.sleep(20)
    IO.inspect({:downs_after_demonitor, count_down()})

    # the :DOWN is already in the mailbox: demonitor without :flush leaves it
    {pid2, ref2} = spawn_monitor(fn -> :ok end)
    wait_dead(pid2)
    IO.inspect(Process.demonitor(ref2))
    IO.inspect({:downs_without_flush, count_down()})

    # with :flush it is removed
    {pid3, ref3} = spawn_monitor(fn -> :ok end)
    wait_dead(pid3)
    IO.inspect(Process.demonitor(ref3, [:flush]))
    IO.inspect({:downs_with_flush, count_down()})

    # :info: true while the monitor was active, false once it fired or was removed
    pid4 =
      spawn(fn ->
        receive do
          :stop -> :ok
        end
      end)

    ref4 = Process.monitor(pid4)
    IO.inspect(Process.demonitor(ref4, [:info]))
    IO.inspect(Process.demonitor(ref4, [:info]))
    send(pid4, :stop)

    {pid5, ref5} = spawn_monitor(fn -> :ok end)
    wait_dead(pid5)
    IO.inspect(Process.demonitor(ref5, [:flush, :info]))
    IO.inspect({:downs, count_down()})

    # a reference that never was a monitor
    IO.inspect({Process.demonitor(make_ref()), Process.demonitor(make_ref(), [:info])})
  end

  # waits, without taking it, until the :DOWN of pid is in the mailbox
  defp wait_dead(pid) do
    {:messages, msgs} = Process.info(self(), :messages)

    unless Enum.any?(msgs, &match?({:DOWN, _, :process, ^pid, _}, &1)) do
      Process.sleep(1)
      wait_dead(pid)
    end
  end
end

Demon.run()
