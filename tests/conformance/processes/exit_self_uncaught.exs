# exit/1 in a spawned process ends it with that reason without any log; the script goes on.
defmodule ExitSelf do
  def run do
    {pid, ref} = spawn_monitor(fn -> exit(:my_reason) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    {pid, ref} = spawn_monitor(fn -> exit(:normal) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    {pid, ref} = spawn_monitor(fn -> exit({:shutdown, 1}) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    # exit can be caught inside the process
    {pid, ref} =
      spawn_monitor(fn ->
        r =
          try do
            exit(:caught)
          catch
            :exit, r -> r
          end

        exit({:after_catch, r})
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    Process.sleep(50)
    IO.puts("done")
  end
end

ExitSelf.run()
