# A ring of 100,000 processes passes a counter around 3 times.
set -u
cat > ring.exs <<'SRC'
defmodule Ring do
  def relay(next, main) do
    receive do
      {:token, 0, laps} -> send(main, {:done, laps})
      {:token, k, laps} ->
        send(next, {:token, k - 1, laps + 1})
        relay(next, main)
    end
  end
end

n = 100_000
main = self()
first = spawn(fn -> receive do: (next -> Ring.relay(next, main)) end)
last = Enum.reduce(2..n, first, fn _, next -> spawn(fn -> Ring.relay(next, main) end) end)
send(first, last)
send(last, {:token, 3 * n, 0})
receive do
  {:done, hops} -> IO.puts("#{hops} hops, #{:erlang.system_info(:process_count) >= n - 1}")
end
SRC
out=$("$VIAL" ring.exs 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = "300000 hops, true" ] || { echo "status $rc, said: $out"; exit 1; }
