# Functions Elixir deprecates still work, each use warned of as it compiles.
IO.inspect Enum.chunk([1, 2, 3, 4, 5], 2)
IO.inspect Enum.chunk([1, 2, 3, 4, 5], 2, 1)
IO.inspect Enum.chunk([1, 2, 3, 4, 5], 2, 2, [:x])
IO.inspect Enum.filter_map([1, 2, 3], &(&1 > 1), &(&1 * 2))
IO.inspect Enum.uniq([1, 2, 3, 4], &rem(&1, 2))
IO.inspect Stream.chunk([1, 2, 3], 2) |> Enum.to_list
IO.inspect Stream.filter_map([1, 2, 3], &(&1 > 1), &(&1 * 2)) |> Enum.to_list
IO.inspect {String.ljust("a", 3), String.ljust("a", 3, ?-), String.rjust("a", 3), String.rjust("a", 3, ?0)}
IO.inspect {String.lstrip("  a "), String.lstrip("xxa", ?x), String.rstrip(" a  "), String.rstrip("axx", ?x), String.strip(" a "), String.strip("xax", ?x)}
IO.inspect {String.to_char_list("ab"), String.valid_character?("a"), String.valid_character?("ab"), String.valid_character?(<<255>>)}
IO.inspect {Atom.to_char_list(:a), Integer.to_char_list(10), Integer.to_char_list(10, 2), Float.to_char_list(1.5)}
IO.inspect {Keyword.size([a: 1]), Keyword.delete([a: 1, a: 2, b: 1], :a, 2), Map.size(%{a: 1}), Range.range?(1..2), Range.range?(1)}
