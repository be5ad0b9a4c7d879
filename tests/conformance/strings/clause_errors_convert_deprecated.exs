# String functions given what none of their clauses take: normalizing, comparing, converting, and the deprecated ones
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

report.(fn -> String.normalize(nil, :nfd) end)
report.(fn -> String.normalize("a", :nfx) end)
report.(fn -> String.equivalent?("a", nil) end)
report.(fn -> String.myers_difference(nil, "a") end)
report.(fn -> String.bag_distance(nil, "a") end)
report.(fn -> String.bag_distance("a", :b) end)
report.(fn -> String.chunk(nil, :valid) end)
report.(fn -> String.chunk("a", :other) end)
report.(fn -> String.to_charlist(nil) end)
report.(fn -> String.ljust(nil, 3) end)
report.(fn -> String.ljust("a", nil) end)
report.(fn -> String.rjust("a", 3, nil) end)
report.(fn -> String.lstrip(nil) end)
report.(fn -> String.lstrip(nil, ?a) end)
report.(fn -> String.lstrip("a", nil) end)
report.(fn -> String.rstrip(nil) end)
report.(fn -> String.rstrip("a", "a") end)
report.(fn -> String.strip(nil) end)
report.(fn -> String.strip(nil, ?a) end)
report.(fn -> String.strip("a", nil) end)
report.(fn -> String.to_char_list(nil) end)
