# ~W and ~P print a term cut at a depth: deeper parts, and elements past the depth, become "...".
terms = [
  [1, 2, 3],
  [[1, 2], [3, 4]],
  {1, {2, {3}}},
  [1 | 2],
  %{a: [1, 2, 3, 4], b: [1, 2, 3, 4], c: [1, 2, 3, 4]},
  "a long string here",
  ~c"a long charlist",
  <<1, 2, 3, 4, 5, 6>>,
  <<1, 2, 3::4>>,
  {:a, "abc", ~c"xy"},
  [a: 1, b: 2],
  {[], {}, %{}},
  :atom,
  12
]

for term <- terms do
  for depth <- 0..5 do
    :io.format("~W | ~P~n", [term, depth, term, depth])
  end
end

# A negative depth is no limit at all; a field width pads ~W only.
:io.format("~P ~W~n", [[1, 2, 3], -1, [1, 2, 3], -1])
:io.format("~10W|~10P|~n", [[1, 2, 3], 2, [1, 2, 3], 2])

# ~tP counts characters, not bytes, when it cuts a UTF-8 string.
for depth <- 2..4 do
  :io.format("~tP~n", [["héllo wörld"], depth])
end

# The cut applies inside ~P's line breaking too.
:io.format("~P~n", [Enum.to_list(1..100), 60])
:io.format("~P~n", [Enum.map(1..40, &{&1, :abcdefgh}), 15])
IO.inspect(:lists.flatten(:io_lib.format("~W", [{:ok, [1, 2, 3]}, 3])))

# ~tp shows UTF-8 only when every character is in io's printable range
# (Latin-1); cut by a depth, a string shows its printable beginning.
:io.format("~p~n~tp~n", ["é✓é✓", "é✓é✓"])
:io.format("~tp~n", ["héllo"])
for depth <- 2..4 do
  :io.format("~P | ~tP~n", ["é✓é✓é✓", depth, "é✓é✓é✓", depth])
end
