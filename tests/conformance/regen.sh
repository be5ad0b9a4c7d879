#!/usr/bin/env bash
# Regenerates the expected outputs of the conformance programs from real
# Elixir 1.14: NAME.out always, NAME.err and NAME.status only when non-empty.
# Usage: tests/conformance/regen.sh [FILE.exs ...]   (default: every program)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if ! command -v elixir >/dev/null 2>&1; then
    echo "regen.sh: real Elixir is required (apt-get install elixir); refusing to run" >&2
    exit 1
fi
version=$(elixir --version 2>/dev/null | sed -n 's/^Elixir \([0-9]*\.[0-9]*\).*/\1/p')
if [ "$version" != "1.14" ]; then
    echo "regen.sh: expected outputs come from Elixir 1.14, found '$version'; refusing to run" >&2
    exit 1
fi
export LC_ALL=C.UTF-8 LANG=C.UTF-8

# Runs one program from inside its folder, as tests/run.sh runs vial. Output
# goes to a scratch folder first, so the tree never holds half-written files.
regen_one() {
    local path=$1 dir name args status tmp
    dir=$(dirname "$path"); name=$(basename "$path" .exs)
    cd "$dir"
    args=()
    [ -f "$name.args" ] && { read -r -a args < "$name.args" || true; }
    input=/dev/null; [ -f "$name.stdin" ] && input=$PWD/$name.stdin
    tmp=$(mktemp -d)
    status=0
    prog=("$name.exs")
    # NAME.from: run from that folder, naming the program by its path from there
    from=.; [ -f "$name.from" ] && { from=$(cat "$name.from"); prog=("$(realpath --relative-to="$from" .)/$name.exs"); }
    case $path in */eval/*) prog=(-e "$(cat "$name.exs")") ;; esac
    (cd "$from" && timeout -k 5 120 elixir "${prog[@]}" "${args[@]}" <"$input" \
        >"$tmp/out.raw" 2>"$tmp/err.raw") || status=$?
    sed -f "$here/normalize.sed" "$tmp/out.raw" > "$tmp/out"
    sed -f "$here/normalize.sed" "$tmp/err.raw" > "$tmp/err"
    mv "$tmp/out" "$name.out"
    if [ -s "$tmp/err" ]; then mv "$tmp/err" "$name.err"; else rm -f "$name.err"; fi
    if [ "$status" != 0 ]; then echo "$status" > "$name.status"; else rm -f "$name.status"; fi
    rm -rf "$tmp"
    if [ "$status" = 0 ] && [ -f "$name.err" ] && grep -q 'warning:' "$name.err"; then
        echo "regen.sh: $path: Elixir printed a warning" >&2
    fi
    [ "$status" = 124 ] && echo "regen.sh: $path: timed out" >&2
    return 0
}
export -f regen_one
export here

if [ $# -gt 0 ]; then
    for f in "$@"; do printf '%s\0' "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"; done
else
    find "$here" -name '*.exs' -print0 | sort -z
fi | xargs -0 -n1 -P"$(nproc 2>/dev/null || echo 2)" bash -c 'regen_one "$1"' _
echo "regen.sh: done"
