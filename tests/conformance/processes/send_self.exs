# send/2 returns the message; a process can send to itself; sending to a dead pid is no error.
defmodule SendSelf do
  def run do
    IO.inspect(send(self(), :one))
    IO.inspect(send(self(), {:two, [2, 2]}))
    IO.inspect(Process.send(self(), "three", []))

    for _ <- 1..3 do
      receive do
        msg -> IO.inspect(msg)
      end
    end

    {pid, ref} = spawn_monitor(fn -> :ok end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    IO.inspect(send(pid, :into_the_void))
    IO.inspect(Process.alive?(pid))
  end
end

SendSelf.run()
