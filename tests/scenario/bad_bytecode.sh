# A damaged bytecode file is refused with one line and status 1: never a
# crash, whatever byte is wrong or wherever the file ends.
set -u
cat > m.ex <<'SRC'
defmodule M do
  def f(x) when is_integer(x), do: {:ok, x * 2, "text", [1, 2.5, :atom]}
  def g(list), do: Enum.map(list, fn x -> f(x) end)
end
SRC
"$VIAL" compile -o ebin m.ex || exit 1
good=ebin/Elixir.M.vbc
"$VIAL" disasm "$good" > /dev/null || { echo "the good file is refused"; exit 1; }
size=$(wc -c < "$good")
check() {   # the file given must be refused cleanly
    out=$("$VIAL" disasm "$1" 2>&1 >/dev/null); rc=$?
    if [ "$rc" != 1 ] || [ "$(printf '%s\n' "$out" | wc -l)" != 1 ]; then
        echo "$2: status $rc, said: $out"; exit 1
    fi
}
for n in 0 3 11 12 20 $((size / 2)) $((size - 1)); do
    head -c "$n" "$good" > cut.vbc
    check cut.vbc "truncated to $n bytes"
done
# every byte after the header, changed: the checksum or the verifier refuses it
i=12
while [ "$i" -lt "$size" ]; do
    cp "$good" bad.vbc
    printf '\377' | dd of=bad.vbc bs=1 seek="$i" conv=notrunc status=none
    cmp -s "$good" bad.vbc || check bad.vbc "byte $i changed"
    i=$((i + 7))
done
# a wrong checksum over otherwise well-formed sections
cp "$good" bad.vbc
printf '\0\0\0\0' | dd of=bad.vbc bs=1 seek=8 conv=notrunc status=none
check bad.vbc "checksum zeroed"
exit 0
