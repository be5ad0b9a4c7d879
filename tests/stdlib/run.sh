#!/bin/sh
# Validates stdlib/*.ex on real Elixir before vial can compile it: every module
# defined there is renamed (Enum -> VialEnum, ...), compiled with elixirc beside
# a stand-in for the :vial natives, and compared with Elixir's own module by
# the *_test.exs scripts. Ends with "N passed, N failed".
set -e
if ! command -v elixirc >/dev/null 2>&1; then
    echo "tests/stdlib: real Elixir is not installed; skipped"; echo "0 passed, 0 failed"; exit 0
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
[ -n "$KEEP" ] && echo "build dir: $tmp" || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src" "$tmp/ebin"

# Top-level names of every module the stdlib defines (Kernel.CLI -> Kernel).
mods=$(grep -h '^ *defmodule [A-Z]' "$root"/stdlib/*.ex | awk '{print $2}' | sed 's/\..*//' | sort -u)
expr=""
for m in $mods; do expr="$expr s/\\b$m\\b/Vial$m/g;"; done
# %Range{} literals are built by Elixir's own `..`, so the struct keeps its name.
expr="$expr s/%VialRange\\{/%Range{/g; s/:timer\\b/:vial_timer/g;"
for f in "$root"/stdlib/*.ex; do sed -E "$expr" "$f" > "$tmp/src/$(basename "$f")"; done
cp "$here/vial_shim.ex" "$tmp/src/vial_shim.ex"

elixirc --ignore-module-conflict -o "$tmp/ebin" "$tmp"/src/*.ex > "$tmp/compile.log" 2>&1 || {
    cat "$tmp/compile.log"; echo "0 passed, 1 failed"; exit 1; }
grep -i "warning" -A3 "$tmp/compile.log" | head -40 || true

pass=0; fail=0
for t in "$here"/*_test.exs; do
    [ -n "${1:-}" ] && case "$t" in *"$1"*) ;; *) continue ;; esac
    out=$(timeout 120 elixir -pa "$tmp/ebin" -r "$here/helper.exs" "$t" 2>"$tmp/stderr") || true
    echo "$out" | grep -v '^RESULT ' || true
    r=$(echo "$out" | grep '^RESULT ' | tail -1)
    if [ -z "$r" ]; then
        fail=$((fail + 1)); echo "$(basename "$t"): crashed"; tail -20 "$tmp/stderr"; continue
    fi
    pass=$((pass + $(echo "$r" | awk '{print $2}'))); fail=$((fail + $(echo "$r" | awk '{print $3}')))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
