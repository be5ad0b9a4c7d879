# -0.0 keeps its sign through abs and rounding; float conversions reject what Erlang rejects.
IO.inspect(abs(-0.0))
IO.inspect(abs(-2.5))
IO.inspect(-0.0)
IO.inspect(Float.parse("-0.0"))
IO.inspect(Float.ceil(-0.5))
IO.inspect(Float.floor(-0.0))
IO.inspect(Float.round(-0.4))
IO.inspect(Float.round(-0.04, 1))
IO.inspect(Float.ceil(-0.001, 2))
IO.inspect(:erlang.float_to_binary(1.5, decimals: 2))
IO.inspect(:erlang.float_to_binary(1.5, [:compact, decimals: 4]))
IO.inspect(:erlang.float_to_binary(1.5, scientific: 3))
IO.inspect(:erlang.float_to_list(0.1, [:short]))

attempts = [
  fn -> :erlang.float_to_binary(1) end,
  fn -> :erlang.float_to_list(:a) end,
  fn -> :erlang.float_to_list(1.0, [:x]) end,
  fn -> :erlang.float_to_binary(1.0, {:decimals, 2}) end,
  fn -> :erlang.float_to_binary(1.0, [:bad]) end,
  fn -> Float.parse(:a) end,
  fn -> Float.parse(1.5) end,
  fn -> Float.round(1.5, 16) end,
  fn -> Float.round(1, 2) end,
  fn -> Float.ratio(1) end,
  fn -> abs(:a) end
]

for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
