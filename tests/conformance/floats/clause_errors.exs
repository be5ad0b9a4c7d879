# Float functions given what none of their clauses take: Elixir lists the clauses it tried
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

no = fn -> nil end

report.(fn -> Float.parse(no.()) end)
report.(fn -> Float.parse(~c"1.5") end)
report.(fn -> Float.parse(1.5) end)
report.(fn -> Float.to_string(no.()) end)
report.(fn -> Float.to_string(1) end)
report.(fn -> Float.to_charlist(no.()) end)
report.(fn -> Float.round(no.()) end)
report.(fn -> Float.round(1, 2) end)
report.(fn -> Float.floor(no.()) end)
report.(fn -> Float.floor(1, 2) end)
report.(fn -> Float.ceil(no.()) end)
report.(fn -> Float.ceil(1, 2) end)
report.(fn -> Float.pow(no.(), 2) end)
report.(fn -> Float.pow(2.0, no.()) end)
report.(fn -> Float.ratio(no.()) end)
report.(fn -> Float.ratio(1) end)
report.(fn -> apply(Float, :to_string, [1.5, no.()]) end)
report.(fn -> apply(Float, :to_char_list, [1]) end)
