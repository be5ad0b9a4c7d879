# Integer functions raising from their bodies: the frames carry Elixir's lines in lib/integer.ex
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

no = fn -> nil end

report.(fn -> Integer.parse("12", no.()) end)
report.(fn -> Integer.parse("12", 1) end)
report.(fn -> Integer.parse("12", 37) end)
report.(fn -> Integer.undigits([1, 12]) end)
report.(fn -> Integer.undigits([1, 1, 0], 2) |> IO.inspect() end)
report.(fn -> Integer.pow(2, -1) end)
report.(fn -> Integer.mod(no.(), 2) end)
report.(fn -> Integer.mod(2, 0) end)
report.(fn -> Integer.floor_div(2, no.()) end)
report.(fn -> Integer.floor_div(2.0, -3) end)
report.(fn -> Integer.floor_div(-2, 0) end)
report.(fn -> Integer.extended_gcd(0, no.()) |> IO.inspect() end)
report.(fn -> apply(Integer, :to_char_list, [no.()]) end)
report.(fn -> apply(Integer, :to_char_list, [10, 1]) end)
