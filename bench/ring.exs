# A ring of 10,000 processes passing a token 1,000,000 times (100 laps).
defmodule Ring do
  def relay(next, main) do
    receive do
      0 ->
        send(main, :done)

      k ->
        send(next, k - 1)
        relay(next, main)
    end
  end

  def run(n, hops) do
    main = self()
    first = spawn(fn -> receive do: (next -> relay(next, main)) end)
    last = Enum.reduce(2..n, first, fn _, next -> spawn(fn -> relay(next, main) end) end)
    send(first, last)
    send(last, hops)
    receive do: (:done -> :ok)
  end
end

{us, :ok} = :timer.tc(fn -> Ring.run(10_000, 1_000_000) end)
IO.puts("ring done")
IO.puts(:stderr, "time_us #{us}")
