# spawn_monitor/1,3 return {pid, ref}; the :DOWN message carries both.
defmodule SM do
  def work(x), do: exit({:result, x * 2})

  def run do
    {pid, ref} = spawn_monitor(fn -> exit({:result, 21}) end)
    IO.inspect({is_pid(pid), is_reference(ref)})

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    {pid, ref} = spawn_monitor(SM, :work, [50])

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    {pid, ref} = Process.spawn(fn -> :ok end, [:monitor])

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

SM.run()
