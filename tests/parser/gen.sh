#!/bin/sh
# Regenerates tests/parser/cases/NAME.quoted (or NAME.err) from real Elixir:
# the quoted form of each NAME.exs with meta reduced to [line: L], printed by
# inspect/2 without limits, or the parse error as Elixir prints it after "** ".
set -eu
cd "$(dirname "$0")/cases"
command -v elixir >/dev/null || { echo "gen.sh needs Elixir 1.14 (apt-get install elixir)" >&2; exit 1; }
elixir -e '
for path <- Path.wildcard("*.exs") |> Enum.sort() do
  base = Path.rootname(path)
  File.rm(base <> ".quoted")
  File.rm(base <> ".err")
  src = File.read!(path)
  try do
    q = Code.string_to_quoted!(src, file: path)
    q = Macro.prewalk(q, fn
      {a, m, b} when is_list(m) -> {a, Keyword.take(m, [:line]), b}
      x -> x
    end)
    File.write!(base <> ".quoted", inspect(q, limit: :infinity, printable_limit: :infinity, width: :infinity) <> "\n")
  rescue
    e -> File.write!(base <> ".err", "(#{inspect(e.__struct__)}) #{Exception.message(e)}\n")
  end
end
' 2>/dev/null
