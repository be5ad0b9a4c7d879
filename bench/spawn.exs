# Spawning 1,000,000 processes that each send one message back and exit: a
# spawner process starts them while the main process collects the replies.
defmodule SpawnMany do
  def spawn_all(_me, 0), do: :ok

  def spawn_all(me, n) do
    spawn(fn -> send(me, :hi) end)
    spawn_all(me, n - 1)
  end

  def collect(0), do: :ok
  def collect(n), do: receive(do: (:hi -> collect(n - 1)))

  def run(n) do
    me = self()
    spawn(fn -> spawn_all(me, n) end)
    collect(n)
  end
end

{us, :ok} = :timer.tc(fn -> SpawnMany.run(1_000_000) end)
IO.puts("spawn done")
IO.puts(:stderr, "time_us #{us}")
