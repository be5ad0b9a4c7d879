# 1,000,000 processes waiting in receive: the memory each one costs, by
# :erlang.memory(:total) before and after (printed as bytes_per_process).
defmodule Idle do
  def wait, do: receive(do: (:stop -> :ok))

  def spawn_all(0, acc), do: acc
  def spawn_all(n, acc), do: spawn_all(n - 1, [spawn(&wait/0) | acc])
end

n = 1_000_000
before = :erlang.memory(:total)
{us, pids} = :timer.tc(fn -> Idle.spawn_all(n, []) end)
used = :erlang.memory(:total) - before
IO.puts("#{length(pids)} idle processes, #{:erlang.system_info(:process_count) >= n}")
IO.puts(:stderr, "bytes_per_process #{div(used, n)}")
IO.puts(:stderr, "time_us #{us}")
