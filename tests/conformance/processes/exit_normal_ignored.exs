# Process.exit(pid, :normal) is ignored by a process that does not trap exits; a trapping one gets a message.
defmodule ExitNormal do
  def run do
    parent = self()

    pid =
      spawn(fn ->
        receive do
          :ping -> send(parent, :still_alive)
        end
      end)

    IO.inspect(Process.exit(pid, :normal))
    send(pid, :ping)

    receive do
      :still_alive -> IO.puts("still alive after exit(pid, :normal)")
    end

    trapper =
      spawn(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :ready)

        receive do
          {:EXIT, from, reason} -> send(parent, {:trapped, from == parent, reason})
        end
      end)

    receive do
      :ready -> :ok
    end

    Process.exit(trapper, :normal)

    receive do
      {:trapped, from_parent?, reason} -> IO.inspect({from_parent?, reason})
    end
  end
end

ExitNormal.run()
