# A process in an endless loop does not stop others from running: processes are preempted.
defmodule Busy do
  def spin(n), do: spin(n + 1)
end

spawn(fn -> Busy.spin(0) end)
spawn(fn -> Busy.spin(0) end)

parent = self()
spawn(fn -> send(parent, :other_process_ran) end)

receive do
  :other_process_ran -> IO.puts("other process ran")
end

receive do
after
  50 -> IO.puts("timeout fired while others spin")
end

Process.sleep(20)
IO.puts("done")
