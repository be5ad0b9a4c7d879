# Preemption: a process in an endless loop never stops a ticker beside it,
# and the ticker's `receive ... after` timers fire while the loop runs.
# Without preemption the script never ends (the runner's timeout fails it).
set -u
cat > fair.exs <<'SRC'
defmodule Fair do
  def spin(n), do: spin(n + 1)

  def tick(0, parent), do: send(parent, :ticked)

  def tick(n, parent) do
    receive do
    after 5 -> tick(n - 1, parent)
    end
  end
end

spawn(fn -> Fair.spin(0) end)
spawn(fn -> Fair.spin(0) end)
me = self()
spawn(fn -> Fair.tick(20, me) end)
receive do
  :ticked -> IO.puts("ticker done")
end
SRC
out=$("$VIAL" fair.exs 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = "ticker done" ] || { echo "status $rc, said: $out"; exit 1; }
