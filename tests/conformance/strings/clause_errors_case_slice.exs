# String functions given what none of their clauses take: Elixir lists the clauses it tried (graphemes, slicing, case)
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

report.(fn -> String.length(nil) end)
report.(fn -> String.graphemes(123) end)
report.(fn -> String.next_grapheme(nil) end)
report.(fn -> String.codepoints('abc') end)
report.(fn -> String.next_codepoint(nil) end)
report.(fn -> String.printable?(nil) end)
report.(fn -> String.printable?("a", -1) end)
report.(fn -> String.first(nil) end)
report.(fn -> String.last(:atom) end)
report.(fn -> String.at(nil, 0) end)
report.(fn -> String.at("abc", 1.5) end)
report.(fn -> String.slice(nil, 0, 1) end)
report.(fn -> String.slice("abc", nil, 1) end)
report.(fn -> String.slice("abc", 0, -1) end)
report.(fn -> String.split_at("abc", nil) end)
report.(fn -> String.reverse(nil) end)
report.(fn -> String.upcase(nil) end)
report.(fn -> String.upcase("a", :klingon) end)
report.(fn -> String.downcase(nil, :ascii) end)
report.(fn -> String.downcase("a", nil) end)
report.(fn -> String.capitalize(nil) end)
report.(fn -> String.capitalize(nil, :ascii) end)
report.(fn -> String.capitalize("ab", :klingon) end)
IO.inspect(String.capitalize("a", :klingon))
IO.inspect(String.capitalize(<<0xFF, ?A>>, :ascii))
report.(fn -> String.jaro_distance("a", String.first("")) end)
