#!/bin/sh
# The C natives against real Elixir: builds tests/bif/run_cases.c and runs
# it on cases.etf (regenerate with: elixir tests/bif/gen_cases.exs) once
# normally and once collecting at every reservation. Ends with one line
# "N passed, N failed". CFLAGS_EXTRA adds flags (e.g. -fsanitize=address).
cd "$(dirname "$0")/../.." || exit 1
out=${TMPDIR:-/tmp}/vial_bif_cases.$$
srcs="vm/atom.c vm/process.c vm/gc.c vm/binary.c vm/bignum.c vm/compare.c vm/fmt_float.c vm/inspect.c vm/etf.c vm/map.c vm/hash.c"
srcs="$srcs $(ls vm/bif_*.c | grep -v -e bif_vm.c -e bif_system.c -e bif_process.c)"
if ! cc -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Ivm -Icompiler \
        ${CFLAGS_EXTRA:-} -o "$out" tests/bif/run_cases.c $srcs -lgmp -lutf8proc -lm; then
    echo "0 passed, 1 failed"
    exit 1
fi
a=$("$out" tests/bif/cases.etf); ra=$?
b=$(VIAL_GC_STRESS=1 "$out" tests/bif/cases.etf); rb=$?
rm -f "$out"
printf '%s\n' "$a" | grep -v -E '^[0-9]+ passed'
printf '%s\n' "$b" | grep -v -E '^[0-9]+ passed' | sed 's/^/[gc stress] /'
# a run that crashed before its summary counts as one failure
summary() { printf '%s\n' "$1" | grep -E '^[0-9]+ passed, [0-9]+ failed$' || echo "0 passed, 1 failed"; }
set -- $(summary "$a") $(summary "$b")
echo "$(($1 + $5)) passed, $(($3 + $7)) failed"
[ $ra = 0 ] && [ $rb = 0 ]
