# Process.exit/2 with another reason kills a non-trapping process; a trapping one receives {:EXIT, from, reason}.
defmodule ExitOther do
  def run do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        receive do
          :never -> :ok
        end
      end)

    Process.exit(pid, :shutdown)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    {pid2, ref2} =
      spawn_monitor(fn ->
        receive do
          :never -> :ok
        end
      end)

    Process.exit(pid2, {:custom, [1, 2, 3]})

    receive do
      {:DOWN, ^ref2, :process, ^pid2, reason} -> IO.inspect(reason)
    end

    trapper =
      spawn(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :ready)

        receive do
          {:EXIT, from, reason} -> send(parent, {:trapped, from == parent, reason})
        end

        send(parent, {:alive, Process.alive?(self())})
      end)

    receive do
      :ready -> :ok
    end

    Process.exit(trapper, :shutdown)

    receive do
      {:trapped, from_parent?, reason} -> IO.inspect({from_parent?, reason})
    end

    receive do
      {:alive, alive} -> IO.inspect(alive)
    end

    # exiting a dead process is a no-op
    IO.inspect(Process.exit(pid, :whatever))
  end
end

ExitOther.run()
