# Two processes exchanging 1,000,000 messages (500,000 round trips).
defmodule PingPong do
  def pong do
    receive do
      {from, n} ->
        send(from, n)
        pong()
    end
  end

  def ping(_pid, 0), do: :ok

  def ping(pid, n) do
    send(pid, {self(), n})

    receive do
      ^n -> ping(pid, n - 1)
    end
  end
end

pid = spawn(&PingPong.pong/0)
{us, :ok} = :timer.tc(fn -> PingPong.ping(pid, 500_000) end)
IO.puts("ping-pong done")
IO.puts(:stderr, "time_us #{us}")
