# syntax_colors: puts an ANSI escape before each kind of text and the reset escape after it; widths ignore the escapes.
colors = [
  atom: :red,
  number: :blue,
  string: :green,
  list: :yellow,
  map: :magenta,
  tuple: :cyan,
  binary: :light_red,
  boolean: :light_blue,
  nil: :light_green,
  charlist: :white,
  reset: :faint
]

defmodule Point do
  defstruct x: 1, y: "label"
end

terms = [
  :foo,
  Foo,
  1,
  -1.5,
  12345678901234567890,
  "str",
  ~c"abc",
  true,
  nil,
  [1, 2],
  [1 | 2],
  [a: 1, b: nil],
  {1, :a},
  %{"b" => 2, a: 1},
  %{1 => %{2 => 3}},
  <<1, 2>>,
  <<1, 2::3>>,
  "abc" <> <<255>>,
  1..2,
  MapSet.new([1]),
  struct(Point, [])
]

for term <- terms do
  IO.inspect(inspect(term, syntax_colors: colors))
end

# Kinds left out stay plain, and the reset defaults to :reset.
IO.inspect(inspect([:a, 1], syntax_colors: [atom: :red]))
IO.inspect(inspect(%{a: [1]}, syntax_colors: [map: :red, list: :blue]))
IO.inspect(inspect(:a, syntax_colors: [atom: [:red, :bright], reset: [:reset, "!"]]))
IO.inspect(inspect(:a, syntax_colors: [atom: "\e[1m"]))

# Cut text and limits inside colored containers.
IO.inspect(inspect("str", syntax_colors: [string: :green], printable_limit: 2))
IO.inspect(inspect(~c"abc", syntax_colors: [charlist: :green], printable_limit: 2))
IO.inspect(inspect([1, 2, 3], syntax_colors: [list: :green], limit: 2))
IO.inspect(inspect(<<1, 2, 3>>, syntax_colors: [binary: :green, number: :red], limit: 2))
IO.inspect(inspect(<<1, 2, 3>>, syntax_colors: [binary: :green, number: :red], base: :hex))

# Line breaking counts only the visible text.
IO.inspect(Enum.to_list(1..30), syntax_colors: colors, width: 30)
IO.inspect({:ok, %{list: Enum.to_list(1..20)}}, syntax_colors: colors, width: 30)

# Empty containers are colored too.
IO.inspect(inspect([%{}, {}, [], "", MapSet.new(), <<>>, ~c""], syntax_colors: colors))
