# --no-halt: the VM runs on after the script's process ends, until
# System.halt; without it, the script's end ends the VM at once.
set -u
prog='spawn(fn -> Process.sleep(100); IO.puts("later"); System.halt(3) end); IO.puts("main done")'
out=$("$VIAL" --no-halt -e "$prog" 2>&1); rc=$?
[ "$rc" = 3 ] && [ "$out" = "main done
later" ] || { echo "--no-halt: status $rc, said: $out"; exit 1; }
out=$("$VIAL" -e "$prog" 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = "main done" ] || { echo "default: status $rc, said: $out"; exit 1; }
