#!/bin/sh
# Regenerates tests/inspect/expected.txt from cases.txt with real Elixir 1.14.
# The expected file is never written by hand.
set -e
cd "$(dirname "$0")"
command -v elixir >/dev/null || { echo "gen.sh: real Elixir is required" >&2; exit 1; }
elixir gen.exs cases.txt expected.txt.tmp
mv expected.txt.tmp expected.txt
echo "gen.sh: $(grep -c '^case ' expected.txt) cases"
# Random nested terms under random options, seed fixed: the pretty printer's
# differential test.
elixir random.exs 1 300 random_expected.txt.tmp
mv random_expected.txt.tmp random_expected.txt
echo "gen.sh: 300 random cases"
