#!/usr/bin/env bash
# The test runner behind `make test`: the C unit tests, every conformance
# program (stdout, stderr and exit status compared byte for byte with what real
# Elixir printed), then every other suite's tests/*/run.sh. Ends with one line
# "N passed, N failed" and exits 1 if anything failed.
# Usage: tests/run.sh VIAL [UNIT_TESTS]
# env: FILTER=substring (conformance paths; passed on to the other suites)
#      VERBOSE=1  TIMEOUT=30 (seconds per program)  JOBS=2  SUITE_TIMEOUT=900
#      SUITES="unit conformance parser ..." runs only the named suites
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

export LC_ALL=C.UTF-8 LANG=C.UTF-8
tests=$(cd "$(dirname "$0")" && pwd)
abspath() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

# Worker mode: run one conformance program and write its verdict into $2.
# The verdict file's first line is PASS or FAIL; a diff follows a failure.
if [ "${1:-}" = --one ]; then
    vial=$2 file=$3 verdict=$4
    dir=$(dirname "$file"); name=$(basename "$file" .exs)
    cd "$dir" || exit 0
    args=()
    [ -f "$name.args" ] && { read -r -a args < "$name.args" || true; }
    input=/dev/null; [ -f "$name.stdin" ] && input=$PWD/$name.stdin
    tmp=$(mktemp -d)
    status=0
    # programs under eval/ run as `vial -e CODE`, the way Elixir's -e runs them
    prog=("$name.exs")
    # NAME.from: run from that folder, naming the program by its path from there
    from=.; [ -f "$name.from" ] && { from=$(cat "$name.from"); prog=("$(realpath --relative-to="$from" .)/$name.exs"); }
    case $file in */eval/*) prog=(-e "$(cat "$name.exs")") ;; esac
    (cd "$from" && timeout -k 5 "${TIMEOUT:-30}" "$vial" "${prog[@]}" "${args[@]}" <"$input" \
        >"$tmp/out.raw" 2>"$tmp/err.raw") || status=$?
    sed -f "$tests/conformance/normalize.sed" "$tmp/out.raw" > "$tmp/out"
    sed -f "$tests/conformance/normalize.sed" "$tmp/err.raw" > "$tmp/err"
    want_status=0; [ -f "$name.status" ] && want_status=$(cat "$name.status")
    want_err=/dev/null; [ -f "$name.err" ] && want_err=$name.err
    want_out=/dev/null; [ -f "$name.out" ] && want_out=$name.out
    {
        if cmp -s "$want_out" "$tmp/out" && cmp -s "$want_err" "$tmp/err" &&
           [ "$status" = "$want_status" ]; then
            echo PASS
        else
            echo FAIL
            {
                [ "$status" = 124 ] && echo "timed out after ${TIMEOUT:-30} s"
                [ "$status" != "$want_status" ] && echo "exit status $status, expected $want_status"
                cmp -s "$want_out" "$tmp/out" ||
                    diff -u --label expected.out --label actual.out "$want_out" "$tmp/out"
                cmp -s "$want_err" "$tmp/err" ||
                    diff -u --label expected.err --label actual.err "$want_err" "$tmp/err"
            } | head -n 20 | sed 's/^/    /'
        fi
    } > "$verdict"
    rm -rf "$tmp"
    exit 0
fi

if [ $# -lt 1 ]; then
    echo "usage: tests/run.sh VIAL [UNIT_TESTS]" >&2
    exit 2
fi
vial=$(abspath "$1")
unit=${2:+$(abspath "$2")}
passed=0 failed=0

# Adds the counts of a "N passed, N failed" line from a suite's output; a suite
# that exits non-zero without reporting a failure counts as one more.
add_counts() {
    local name=$1 rc=$2 out=$3 line
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -n "$line" ]; then
        set -- $line
        passed=$((passed + $1)); failed=$((failed + $3))
        echo "$name: $line"
        if [ "$rc" != 0 ] && [ "$3" = 0 ]; then
            failed=$((failed + 1))
            echo "$name: FAILED (exit status $rc)"
        fi
    elif [ "$rc" != 0 ]; then
        failed=$((failed + 1))
        echo "$name: FAILED (exit status $rc, no summary line)"
    fi
}

wanted() { [ -z "${SUITES:-}" ] || case " $SUITES " in *" $1 "*) true ;; *) false ;; esac; }

run_suite() {
    local name=$1 out rc=0
    shift
    out=$(timeout -k 10 "${SUITE_TIMEOUT:-900}" "$@" 2>&1 </dev/null) || rc=$?
    [ "$rc" = 124 ] && out="$out
timed out after ${SUITE_TIMEOUT:-900} s"
    if [ -n "${VERBOSE:-}" ] || [ "$rc" != 0 ]; then
        printf '%s\n' "$out" | tail -n 40 | sed 's/^/  /'
    fi
    add_counts "$name" "$rc" "$out"
}

if wanted unit && [ -n "$unit" ] && [ -x "$unit" ]; then
    run_suite "unit tests" "$unit"
fi

if [ ! -x "$vial" ]; then
    echo "tests/run.sh: $vial is not an executable; conformance tests count as failed" >&2
fi

verdicts=$(mktemp -d)
trap 'rm -rf "$verdicts"' EXIT
list=$verdicts/list
wanted conformance &&
    find "$tests/conformance" -name '*.exs' | sort | grep -F -- "${FILTER:-}" > "$list"
touch "$list"
n=0
while IFS= read -r f; do
    n=$((n + 1))
    printf '%s\0%s\0' "$f" "$verdicts/$n"
done < "$list" | xargs -0 -n2 -P"${JOBS:-2}" bash "$tests/run.sh" --one "$vial"

# Programs vial does not match yet, each with the reason, one per line:
# "path/name.exs  reason". They still run: a known failure is reported but not
# counted as failed, and one that passes is a failure until it leaves the list.
known=$tests/conformance/KNOWN_FAILURES
is_known() { [ -f "$known" ] && grep -q "^$1 " "$known"; }

cpass=0 cfail=0 cknown=0 n=0
while IFS= read -r f; do
    n=$((n + 1))
    rel=${f#"$tests"/}
    if [ "$(head -n 1 "$verdicts/$n" 2>/dev/null)" = PASS ]; then
        if is_known "${rel#conformance/}"; then
            cfail=$((cfail + 1))
            echo "FAIL $rel passes now: remove it from tests/conformance/KNOWN_FAILURES"
        else
            cpass=$((cpass + 1))
            [ -n "${VERBOSE:-}" ] && echo "PASS $rel"
        fi
    elif is_known "${rel#conformance/}"; then
        cknown=$((cknown + 1))
        echo "KNOWN $rel"
        [ -n "${VERBOSE:-}" ] && tail -n +2 "$verdicts/$n" 2>/dev/null
    else
        cfail=$((cfail + 1))
        echo "FAIL $rel"
        tail -n +2 "$verdicts/$n" 2>/dev/null
    fi
done < "$list"
wanted conformance && echo "conformance: $cpass passed, $cfail failed, $cknown known failures (tests/conformance/KNOWN_FAILURES)"
passed=$((passed + cpass)); failed=$((failed + cfail))

for suite in "$tests"/*/run.sh; do
    [ -x "$suite" ] || continue
    name=${suite#"$tests"/}; wanted "${name%/run.sh}" || continue
    run_suite "$name" env VIAL="$vial" FILTER="${FILTER:-}" "$suite"
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
