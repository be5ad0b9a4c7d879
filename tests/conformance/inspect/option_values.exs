# inspect/2 ignores unknown options; odd values behave, or fail, as Elixir's printing code makes them.
values = [
  {[1, 2], [bogus: 1]},
  {[1], [structs: 1]},
  {1..2, [structs: nil]},
  {1..2, [structs: false]},
  {[1], [charlists: :bogus]},
  {~c"abc", [charlists: :bogus]},
  {"a", [binaries: :bogus]},
  {[1], [{1, 2}]},
  {1, [limit: :bad]},
  {:a, [printable_limit: -1]},
  {1, [width: -1]},
  {[1, 2, 3], [limit: 0]},
  {%{a: 1}, [limit: 0]},
  {"abc", [printable_limit: 0]},
  {~c"abc", [printable_limit: 0]},
  {{1, 2}, [limit: 1]},
  {<<1, 2, 3>>, [limit: 0]},
  {:foo, [syntax_colors: []]}
]

for {term, opts} <- values do
  IO.puts(inspect(term, opts))
end

failing = [
  {[1, 2], [limit: :bad]},
  {[1, 2], [limit: -1]},
  {"abc", [printable_limit: -1]},
  {[1, 2], [width: -1, pretty: true]},
  {[1, 2], [pretty: :yes]},
  {1, [base: :wrong]},
  {[1], [:bad]}
]

for {term, opts} <- failing do
  try do
    IO.puts(inspect(term, opts))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# A bad :base fails only when an integer or the bytes of a binary are printed.
for term <- [:a, 1, "ab", "", [:a, {:b, 1.5}], [:a, {:b, 2}], %{a: <<1>>}, [:a | :b], [:a | 3]] do
  try do
    IO.puts(inspect(term, base: :wrong))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# IO.inspect takes the same options, and prints with pretty: true.
IO.inspect(1, limit: :bad)
IO.inspect(Enum.to_list(1..30), width: 30)
IO.inspect(Enum.to_list(1..30), width: 30, pretty: false)
