# A process trapping exits gets {:EXIT, pid, reason} from a linked process that exits abnormally.
defmodule TrapCrash do
  def run do
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.info(self(), :trap_exit))

    pid = spawn_link(fn -> exit(:boom) end)

    receive do
      {:EXIT, ^pid, reason} -> IO.inspect({:exit_from_child, reason})
    end

    pid2 = spawn_link(fn -> exit({:shutdown, %{why: "done"}}) end)

    receive do
      {:EXIT, ^pid2, reason} -> IO.inspect(reason)
    end

    # a normal end is also delivered to a trapping process
    pid3 = spawn_link(fn -> :ok end)

    receive do
      {:EXIT, ^pid3, reason} -> IO.inspect(reason)
    end

    IO.inspect(Process.alive?(self()))
    IO.inspect(Process.flag(:trap_exit, false))
    IO.inspect(Process.info(self(), :trap_exit))
  end
end

TrapCrash.run()
