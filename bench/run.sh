#!/usr/bin/env bash
# Runs every bench/*.exs (and a startup probe) on vial, on Elixir when it is
# installed and on Lua 5.4 where bench/lua/NAME.lua exists; prints medians of
# whole-command wall time and of the in-process "time_us N" each program
# writes to stderr, with ratios elixir/vial (>1 means vial is faster). A
# program may write more "name N" lines to stderr (bytes_per_process,
# worst_ping_us: smaller is better), shown below its row the same way.
# Elixir runs with +P 2000000 so that a million processes fit.
# Usage: bench/run.sh VIAL    env: RUNS=5 BENCH_TIMEOUT=120 FILTER=substring
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

if [ $# -lt 1 ]; then echo "usage: bench/run.sh VIAL" >&2; exit 2; fi
case $1 in /*) vial=$1 ;; *) vial=$PWD/$1 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
runs=${RUNS:-5}
export LC_ALL=C.UTF-8 LANG=C.UTF-8
have_elixir=0; command -v elixir >/dev/null 2>&1 && have_elixir=1
lua=$(command -v lua5.4 || command -v lua || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# measure TAG CMD...: runs CMD $runs times from bench/; leaves the medians in
# $tmp/TAG.wall and $tmp/TAG.inproc (ms), the first stdout in $tmp/TAG.out,
# and returns non-zero if any run failed.
measure() {
    local tag=$1 i t0 t1 rc=0
    shift
    : > "$tmp/$tag.walls"; : > "$tmp/$tag.inprocs"
    rm -f "$tmp/$tag".m.*
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        (cd "$here" && timeout -k 5 "${BENCH_TIMEOUT:-120}" "$@") </dev/null \
            >"$tmp/$tag.stdout" 2>"$tmp/$tag.stderr" || rc=1
        t1=$(date +%s%N)
        [ "$rc" = 0 ] || return 1
        [ "$i" = 0 ] && cp "$tmp/$tag.stdout" "$tmp/$tag.out"
        echo $(( (t1 - t0) / 1000000 )) >> "$tmp/$tag.walls"
        sed -n 's/^time_us \([0-9]*\).*/\1/p' "$tmp/$tag.stderr" | tail -n 1 |
            awk '{ printf "%d\n", $1 / 1000 }' >> "$tmp/$tag.inprocs"
        grep -E '^[a-z_]+ [0-9]+$' "$tmp/$tag.stderr" | grep -v '^time_us ' |
            while read -r metric value; do echo "$value" >> "$tmp/$tag.m.$metric"; done
    done
    median < "$tmp/$tag.walls" > "$tmp/$tag.wall"
    median < "$tmp/$tag.inprocs" > "$tmp/$tag.inproc"
    local m
    for m in "$tmp/$tag".m.*; do [ -e "$m" ] && median < "$m" > "$m.median"; done
    return 0
}

# startup TAG CMD...: a command that takes milliseconds is timed by itself,
# without the subshell and `timeout` that measure wraps around each run
# (they cost more than vial's whole start): the median of $runs loops of 20
# runs, per run, in ms with two decimals, into $tmp/TAG.wall.
startup() {
    local tag=$1 i j t0 t1
    shift
    (cd "$here" && "$@") </dev/null >"$tmp/$tag.out" 2>/dev/null || return 1
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        for ((j = 0; j < 20; j++)); do "$@" </dev/null >/dev/null 2>&1; done
        t1=$(date +%s%N)
        awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f\n", ns / 20 / 1e6 }'
    done | median > "$tmp/$tag.wall"
}
ratio() { # elixir_ms vial_ms
    if [ -n "$1" ] && [ -n "$2" ] && awk -v e="$1" -v v="$2" 'BEGIN { exit !(e + 0 > 0 && v + 0 > 0) }'; then
        awk -v e="$1" -v v="$2" 'BEGIN { printf "%.2f", e / v }'
    else
        echo "-"
    fi
}

val() { [ -s "$tmp/$1" ] && cat "$tmp/$1" || echo "-"; }

printf '%-14s %9s %9s %7s | %9s %9s %7s | %8s %8s\n' \
    benchmark "vial ms" "elixir ms" ratio "vial in" "elixir in" ratio "lua ms" "lua in"
names=$(cd "$here" && ls *.exs | sed 's/\.exs$//'; echo startup)
for name in $names; do
    case $name in *"${FILTER:-}"*) ;; *) continue ;; esac
    if [ "$name" = startup ]; then
        vcmd=("$vial" -e 'IO.puts 1'); ecmd=(elixir -e 'IO.puts 1')
    else
        vcmd=("$vial" "$name.exs"); ecmd=(elixir --erl "+P 2000000" "$name.exs")
    fi
    rm -f "$tmp"/v.* "$tmp"/e.* "$tmp"/l.*
    vstate=ok
    how=measure; [ "$name" = startup ] && how=startup
    $how v "${vcmd[@]}" || vstate=FAIL
    [ "$have_elixir" = 1 ] && $how e "${ecmd[@]}"
    if [ -n "$lua" ] && [ -f "$here/lua/$name.lua" ]; then measure l "$lua" "lua/$name.lua"; fi
    if [ "$vstate" = ok ] && [ -s "$tmp/e.out" ] && ! cmp -s "$tmp/v.out" "$tmp/e.out"; then
        vstate=DIFF
    fi
    if [ "$vstate" = ok ]; then
        vw=$(val v.wall); vi=$(val v.inproc)
    else
        vw=$vstate; vi=$vstate
    fi
    ew=$(val e.wall); ei=$(val e.inproc)
    printf '%-14s %9s %9s %7s | %9s %9s %7s | %8s %8s\n' "$name" \
        "$vw" "$ew" "$(ratio "$ew" "$vw")" "$vi" "$ei" "$(ratio "$ei" "$vi")" \
        "$(val l.wall)" "$(val l.inproc)"
    for m in "$tmp"/v.m.*.median; do
        [ -e "$m" ] || continue
        metric=${m#"$tmp"/v.m.}; metric=${metric%.median}
        printf '  %-12s %9s %9s %7s   (%s)\n' "" "$(val "v.m.$metric.median")" \
            "$(val "e.m.$metric.median")" "$(ratio "$(val "e.m.$metric.median")" "$(val "v.m.$metric.median")")" "$metric"
    done
    if [ "$vstate" = DIFF ]; then
        diff "$tmp/e.out" "$tmp/v.out" | head -n 10 | sed 's/^/    /'
    fi
done
