# Process.exit(self(), reason) takes effect at once: the process does not run on, even with :normal.
defmodule ExitSelfSignal do
  def await(parent, {pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    receive do
      {:ran_on, why} -> IO.puts("ran on after exit(self(), #{inspect(why)})")
    after
      0 -> IO.puts("stopped at once")
    end

    parent
  end

  def run do
    parent = self()

    for reason <- [:normal, :kill, :shutdown, {:custom, 1}] do
      await(
        parent,
        spawn_monitor(fn ->
          Process.exit(self(), reason)
          send(parent, {:ran_on, reason})
        end)
      )
    end

    # a process trapping exits gets its own signal as a message (but :kill)
    {pid, ref} =
      spawn_monitor(fn ->
        Process.flag(:trap_exit, true)
        Process.exit(self(), :shutdown)

        receive do
          {:EXIT, from, reason} -> send(parent, {:trapped_own, from == self(), reason})
        end
      end)

    receive do
      {:trapped_own, mine?, reason} -> IO.inspect({mine?, reason})
    end

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

ExitSelfSignal.run()
