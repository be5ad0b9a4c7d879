# Deeply nested source compiles whatever the C stack limit: the compiler runs
# on a thread of its own. Elixir accepts these; past the parser's depth limit
# vial reports a SyntaxError, status 1, and never crashes.
set -u
ulimit -s 256
repeat() { local s=$1 n=$2 out=""; for ((i = 0; i < n; i++)); do out+=$s; done; printf '%s' "$out"; }
check() {   # name, source, expected stdout
    printf '%s\n' "$2" > prog.exs
    out=$("$VIAL" prog.exs 2>&1); rc=$?
    [ "$rc" = 0 ] && [ "$out" = "$3" ] || { echo "$1: status $rc, said: ${out:0:300}"; exit 1; }
}
check sum "x = 1$(repeat ' + 1' 4000)
IO.puts(x)" 4001
check lists "x = $(repeat '[' 3000)$(repeat ']' 3000)
IO.inspect(x, limit: 3)" "[[[[...]]]]"
check funs "f = $(repeat 'fn -> ' 1000)1$(repeat ' end' 1000)
IO.puts(is_function(f, 0))" true
check concat "s = \"a\"$(repeat ' <> "a"' 3000)
IO.puts(byte_size(s))" 3001
check cases "x = $(repeat 'case 1 do _ -> ' 1000)2$(repeat ' end' 1000)
IO.puts(x)" 2

printf 'x = 1%s\n' "$(repeat ' + 1' 20000)" > prog.exs
out=$("$VIAL" prog.exs 2>&1); rc=$?
[ "$rc" = 1 ] && [[ $out == "** (SyntaxError) prog.exs:1:"*"nesting is too deep"* ]] || { echo "too deep: status $rc, said: ${out:0:300}"; exit 1; }
exit 0
