# A 10 MB binary sent to 10,000 processes is shared, not copied (memory grows
# by the processes and a few copies' worth at most, where copying would take
# 100 GB), and freed once the last holder is gone.
set -u
cat > shared.exs <<'SRC'
defmodule Shared do
  def holder do
    receive do
      {:bin, b} ->
        receive do
          {:stop, from} -> send(from, {:size, byte_size(b)})
        end
    end
  end

  # Makes the binary, shares it, and reports; the binary dies with it.
  def owner(main, n) do
    bin = String.duplicate("x", 10_000_000)
    before = :erlang.memory(:total)
    pids = for _ <- 1..n, do: spawn(&holder/0)
    Enum.each(pids, &send(&1, {:bin, bin}))
    Enum.each(pids, &send(&1, {:stop, self()}))
    sizes = for _ <- pids, do: receive(do: ({:size, s} -> s))
    send(main, {Enum.sum(sizes), :erlang.memory(:total) - before})
  end
end

main = self()
before = :erlang.memory(:total)
{_, ref} = spawn_monitor(fn -> Shared.owner(main, 10_000) end)
receive do
  {total, grown} ->
    IO.puts("holders saw #{total} bytes")
    IO.puts("shared, not copied: #{grown < 40_000_000}")
end
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.puts("all freed: #{:erlang.memory(:total) - before < 1_000_000}")
SRC
out=$("$VIAL" shared.exs 2>&1); rc=$?
want="holders saw 100000000000 bytes
shared, not copied: true
all freed: true"
[ "$rc" = 0 ] && [ "$out" = "$want" ] || { echo "status $rc, said: $out"; exit 1; }
