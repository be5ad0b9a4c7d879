# Linking to a dead process raises :noproc, or gives {:EXIT, pid, :noproc} when trapping exits.
defmodule LinkDead do
  def run do
    {pid, ref} = spawn_monitor(fn -> :ok end)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end

    try do
      Process.link(pid)
    catch
      kind, reason -> IO.inspect({kind, reason})
    end

    Process.flag(:trap_exit, true)
    IO.inspect(Process.link(pid))

    receive do
      {:EXIT, ^pid, reason} -> IO.inspect({:exit_message, reason})
    after
      1000 -> IO.puts("no message")
    end

    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

LinkDead.run()
