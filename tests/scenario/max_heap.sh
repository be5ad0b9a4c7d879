# Process.flag(:max_heap_size, n): the process that outgrows it is killed
# (:killed to its monitor, a report like BEAM's logger's), the VM and the
# other processes go on.
set -u
cat > mh.exs <<'SRC'
defmodule MH do
  def run do
    {pid, ref} =
      spawn_monitor(fn ->
        Process.flag(:max_heap_size, 100_000)
        Enum.reduce(1..1_000_000, [], fn i, acc -> [i | acc] end)
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end

    Process.sleep(50)
    IO.puts("still running: #{length(Enum.to_list(1..200_000))}")
  end
end

MH.run()
SRC
out=$("$VIAL" mh.exs 2>&1); rc=$?
[ "$rc" = 0 ] || { echo "status $rc: $out"; exit 1; }
grep -qx "down: :killed" <<< "$out" && grep -q "Context:            maximum heap size reached" <<< "$out" &&
    grep -qx "still running: 200000" <<< "$out" || { echo "said: $out"; exit 1; }
