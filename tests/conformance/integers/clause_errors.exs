# Integer functions given what none of their clauses take: Elixir lists the clauses it tried
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

report.(fn -> Integer.parse(no.()) end)
report.(fn -> Integer.parse(~c"12", 16) end)
report.(fn -> Integer.parse(:a, 37) end)
report.(fn -> Integer.digits(no.()) end)
report.(fn -> Integer.digits(10, 1) end)
report.(fn -> Integer.digits(10, no.()) end)
report.(fn -> Integer.undigits(no.()) end)
report.(fn -> Integer.undigits([1, 2], 1) end)
report.(fn -> Integer.undigits([1, 2], no.()) end)
report.(fn -> Integer.undigits([1, no.()]) end)
report.(fn -> Integer.pow(no.(), 2) end)
report.(fn -> Integer.pow(2, 1.5) end)
report.(fn -> Integer.gcd(no.(), 2) end)
report.(fn -> Integer.gcd(2, 2.0) end)
report.(fn -> Integer.extended_gcd(no.(), 2) end)
report.(fn -> Integer.extended_gcd(2, :b) end)
