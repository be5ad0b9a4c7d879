#!/bin/sh
# Builds and runs the differential test of the C natives (tests/bif/run_cases.c)
# against cases.etf (regenerate with: elixir tests/bif/gen_cases.exs), once
# normally and once collecting at every reservation. From the repository root:
#   sh tests/bif/run.sh          CFLAGS_EXTRA=-fsanitize=address sh tests/bif/run.sh
set -e
out=${TMPDIR:-/tmp}/vial_bif_cases
srcs="vm/atom.c vm/process.c vm/gc.c vm/binary.c vm/bignum.c vm/compare.c vm/fmt_float.c vm/inspect.c vm/etf.c vm/map.c"
srcs="$srcs $(ls vm/bif_*.c | grep -v -e bif_vm.c -e bif_system.c)"
cc -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Ivm -Icompiler \
   ${CFLAGS_EXTRA:-} -o "$out" tests/bif/run_cases.c $srcs -lgmp -lutf8proc -lm
"$out" tests/bif/cases.etf
VIAL_GC_STRESS=1 "$out" tests/bif/cases.etf
