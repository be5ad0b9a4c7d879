#!/bin/sh
# Builds and runs the differential test of the C natives (tests/bif/run_cases.c)
# against cases.etf. Run from the repository root: sh tests/bif/run.sh
set -e
out=${TMPDIR:-/tmp}/vial_bif_cases
srcs="vm/atom.c vm/process.c vm/gc.c vm/binary.c vm/bignum.c vm/compare.c vm/fmt_float.c vm/inspect.c vm/etf.c $(ls vm/map*.c 2>/dev/null) $(ls vm/bif_*.c | grep -v -e bif_vm.c -e bif_system.c)"
cc -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Ivm -Icompiler \
   ${CFLAGS_EXTRA:-} -o "$out" tests/bif/run_cases.c $srcs -lgmp -lutf8proc -lm
"$out" tests/bif/cases.etf
