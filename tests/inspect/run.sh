#!/bin/sh
# Builds the inspect test driver (the printer with test-only stand-ins for
# atoms, maps, binaries and bignums) and checks it against the outputs real
# Elixir produced: expected.txt (cases.txt) and random_expected.txt.
set -e
mkdir -p "$(dirname "$0")/../../build"
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
$CC -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter -Ivm -Itests/inspect \
    -o build/inspect_test tests/inspect/driver.c tests/inspect/fake.c \
    vm/inspect.c vm/fmt_float.c -lutf8proc -lm
build/inspect_test tests/inspect/expected.txt
build/inspect_test tests/inspect/random_expected.txt
