# A million processes waiting in receive: all alive, and each costs at most
# 1 KB, by :erlang.memory(:total) and by the growth of the OS process's RSS
# (read from /proc while the processes wait). Under the sanitizers (make
# check sets VIAL_SANITIZED) only the first part holds: ASan pads every
# allocation.
set -u
cat > idle.exs <<'SRC'
defmodule Idle do
  def wait, do: receive(do: (:stop -> :ok))
  def spawn_all(0), do: :ok
  def spawn_all(n), do: (spawn(&wait/0); spawn_all(n - 1))
end

n = 1_000_000
before = :erlang.memory(:total)
IO.puts(:stderr, "start")
Process.sleep(300)
Idle.spawn_all(n)
per = div(:erlang.memory(:total) - before, n)
IO.puts(:stderr, "ready #{:erlang.system_info(:process_count) > n} #{per}")
Process.sleep(300)
SRC
"$VIAL" idle.exs 2> log & pid=$!
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"; }
wait_for() { for _ in $(seq 600); do grep -q "^$1" log && return 0; sleep 0.05; done; return 1; }
wait_for start || { echo "no start"; cat log; exit 1; }
rss0=$(rss)
wait_for ready || { echo "not ready"; cat log; exit 1; }
rss1=$(rss)
wait "$pid" || { echo "vial failed"; cat log; exit 1; }
read -r _ alive per < <(grep '^ready' log)
rss_per=$(( (rss1 - rss0) * 1024 / 1000000 ))
echo "alive $alive, $per bytes per process by :erlang.memory, $rss_per by RSS"
[ "$alive" = true ] || exit 1
[ -n "${VIAL_SANITIZED:-}" ] || { [ "$per" -le 1024 ] && [ "$rss_per" -le 1024 ]; }
