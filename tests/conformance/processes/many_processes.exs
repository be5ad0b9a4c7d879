# Many processes: a ping-pong of 1000 rounds, 5000 spawned workers replying, and a ring passing a token.
defmodule PingPong do
  def pong do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n})
        pong()

      :stop ->
        :ok
    end
  end

  def ping(_pong, 0, acc), do: acc

  def ping(pong, n, acc) do
    send(pong, {:ping, self(), n})

    receive do
      {:pong, ^n} -> ping(pong, n - 1, acc + n)
    end
  end
end

pong = spawn(&PingPong.pong/0)
IO.inspect(PingPong.ping(pong, 1000, 0))
send(pong, :stop)

defmodule Many do
  def run(n) do
    parent = self()

    for i <- 1..n do
      spawn(fn -> send(parent, {:square, i, i * i}) end)
    end

    collect(n, 0)
  end

  defp collect(0, acc), do: acc

  defp collect(n, acc) do
    receive do
      {:square, _i, sq} -> collect(n - 1, acc + sq)
    end
  end
end

IO.inspect(Many.run(5000))
IO.inspect(Enum.sum(for i <- 1..5000, do: i * i))

# a ring of processes passing a token around
defmodule Ring do
  def hop(next) do
    receive do
      {:token, 0, from} ->
        send(from, :done)

      {:token, n, from} ->
        send(next, {:token, n - 1, from})
        hop(next)
    end
  end

  def start(size) do
    first = self()
    Enum.reduce(1..size, first, fn _, next -> spawn(fn -> hop(next) end) end)
  end
end

head = Ring.start(100)
send(head, {:token, 100, self()})

receive do
  :done -> IO.puts("token went round")
  {:token, n, _} -> IO.puts("token came back with #{n}")
end
