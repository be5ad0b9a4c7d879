# A script that does not exist: Elixir's one line, status 1.
set -u
out=$("$VIAL" nonexistent.exs 2>&1); rc=$?
[ "$rc" = 1 ] && [ "$out" = "No file named nonexistent.exs" ] || { echo "status $rc, said: $out"; exit 1; }
exit 0
