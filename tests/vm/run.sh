#!/bin/sh
# Builds and runs the interpreter tests (tests/vm/test_vm.c) against vm/*.c.
# Usage: sh tests/vm/run.sh [extra CFLAGS]
set -e
cd "$(dirname "$0")/../.."
out=${TMPDIR:-/tmp}/vial-vm-tests
mkdir -p "$out"
printf '#include "stdlib_blob.h"\nconst StdlibModule stdlib_modules[] = {{0, 0, 0}};\n' > "$out/stdlib_none.c"
srcs=$(ls vm/*.c | grep -v 'vm/main.c')
cc -std=gnu11 -O2 "$@" -Ivm -Itests/vm -o "$out/test_vm" tests/vm/test_vm.c $srcs "$out/stdlib_none.c" -lgmp -lutf8proc -lm
"$out/test_vm" 2>/dev/null
