# Process.exit(pid, :kill) cannot be trapped: the target dies with :killed, and its links see :killed.
defmodule Kill do
  def run do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :trapping)

        receive do
          :never -> :ok
        end
      end)

    receive do
      :trapping -> :ok
    end

    IO.inspect(Process.exit(pid, :kill))

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect({:down, reason})
    end

    # a trapping process linked to the killed one gets {:EXIT, pid, :killed}
    Process.flag(:trap_exit, true)

    victim =
      spawn_link(fn ->
        receive do
          :never -> :ok
        end
      end)

    Process.exit(victim, :kill)

    receive do
      {:EXIT, ^victim, reason} -> IO.inspect({:exit, reason})
    end

    # a process that exits with reason :kill itself sends :kill to its links,
    # which is an ordinary (trappable) reason then
    other = spawn_link(fn -> exit(:kill) end)

    receive do
      {:EXIT, ^other, reason} -> IO.inspect({:exit, reason})
    end
  end
end

Kill.run()
