# One process builds a 100 MB list of tuples while the main process pings
# another one in a loop: the worst round trip (printed as worst_ping_us)
# shows how long the builder's collections kept the others waiting.
defmodule Latency do
  def pong do
    receive do
      {:ping, from} ->
        send(from, :pong)
        pong()
    end
  end

  def build(0, acc), do: acc
  def build(n, acc), do: build(n - 1, [{n, n} | acc])

  def builder(main), do: send(main, {:built, length(build(2_500_000, []))})

  def ping(pong, worst, count) do
    receive do
      {:built, n} -> {n, worst, count}
    after
      0 ->
        t0 = System.monotonic_time(:microsecond)
        send(pong, {:ping, self()})
        receive do: (:pong -> :ok)
        ping(pong, max(worst, System.monotonic_time(:microsecond) - t0), count + 1)
    end
  end
end

pong = spawn(&Latency.pong/0)
main = self()
{us, {n, worst, _count}} =
  :timer.tc(fn ->
    spawn(fn -> Latency.builder(main) end)
    Latency.ping(pong, 0, 0)
  end)

IO.puts("built #{n}")
IO.puts(:stderr, "worst_ping_us #{worst}")
IO.puts(:stderr, "time_us #{us}")
