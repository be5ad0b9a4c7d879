#!/usr/bin/env bash
# Runs the scenario tests: each tests/scenario/NAME.sh is a script that drives
# vial (path in $VIAL) through what one program cannot show alone (hot reload,
# supervision, bad bytecode files) and exits 0 when the scenario holds.
# Prints "N passed, N failed".   env: VIAL (required), FILTER, VERBOSE, TIMEOUT=60
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${VIAL:?set VIAL to the vial binary}"
passed=0 failed=0
for t in "$here"/*.sh; do
    [ "$(basename "$t")" = run.sh ] && continue
    [ -e "$t" ] || continue
    case $t in *"${FILTER:-}"*) ;; *) continue ;; esac
    scratch=$(mktemp -d)
    rc=0
    out=$(cd "$scratch" && timeout -k 5 "${TIMEOUT:-60}" bash "$t" 2>&1 </dev/null) || rc=$?
    rm -rf "$scratch"
    if [ "$rc" = 0 ]; then
        passed=$((passed + 1))
        [ -n "${VERBOSE:-}" ] && echo "PASS scenario/$(basename "$t")"
    else
        failed=$((failed + 1))
        echo "FAIL scenario/$(basename "$t") (exit status $rc)"
        printf '%s\n' "$out" | tail -n 20 | sed 's/^/  /'
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
