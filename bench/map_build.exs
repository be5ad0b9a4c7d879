# Builds a map of 1,000,000 integer keys with Map.put, then looks every key up.
n = 1_000_000

{us, sum} =
  :timer.tc(fn ->
    m = Enum.reduce(1..n, %{}, fn i, acc -> Map.put(acc, i, i * 2) end)
    Enum.reduce(1..n, 0, fn i, acc -> acc + Map.fetch!(m, i) end)
  end)

IO.puts(sum)
IO.puts(:stderr, "time_us #{us}")
