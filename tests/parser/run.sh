#!/bin/sh
# Builds the parser driver and checks every case against Elixir's output.
# Prints "N passed, N failed"; exits 1 on any failure. VERBOSE=1 shows diffs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${TMPDIR:-/tmp}/vial_parser_driver.$$
trap 'rm -f "$bin" "$bin.out"' EXIT
${CC:-gcc} -std=gnu11 -O2 -Wall -Wextra -I"$root/compiler" -I"$root/vm" -o "$bin" \
    "$here/driver.c" "$root/compiler/parser.c" "$root/compiler/lexer.c" "$root/compiler/ast.c" -lm || exit 1
pass=0 fail=0
cd "$here/cases"
for src in *.exs; do
    base=${src%.exs}
    if [ -f "$base.quoted" ]; then exp="$base.quoted"; elif [ -f "$base.err" ]; then exp="$base.err"; else continue; fi
    "$bin" "$src" "$src" > "$bin.out" 2>&1
    if cmp -s "$bin.out" "$exp"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $base"
        [ "${VERBOSE:-0}" = 1 ] && diff "$exp" "$bin.out" | head -10
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
