# IO's conversions raise Elixir's errors for data that is not chardata or iodata.
attempts = [
  fn -> IO.iodata_to_binary([1000]) end,
  fn -> IO.iodata_to_binary([:a]) end,
  fn -> IO.iodata_to_binary(:a) end,
  fn -> IO.iodata_length([-1]) end,
  fn -> IO.iodata_length(:a) end,
  fn -> IO.chardata_to_string([-1]) end,
  fn -> IO.chardata_to_string([0x110000]) end,
  fn -> IO.chardata_to_string(["a", <<255>>]) end,
  fn -> IO.chardata_to_string([1.5]) end,
  fn -> IO.chardata_to_string(:a) end,
  fn -> IO.puts({:a}) end,
  fn -> IO.puts([1.5]) end,
  fn -> IO.puts([0x110000]) end,
  fn -> IO.write(%{}) end,
  fn -> IO.puts(<<1::3>>) end,
  fn -> to_string({1}) end,
  fn -> "#{[1.5]}" end,
  fn -> to_string([?a, -5]) end,
  fn -> :unicode.characters_to_binary(["a", 1.5]) end,
  fn -> :erlang.iolist_size([1000]) end
]

for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# UnicodeConversionError builds its message from what could not be converted.
for {rest, kind} <- [{<<255>>, :invalid}, {[[300]], :incomplete}] do
  try do
    raise UnicodeConversionError, encoded: "ab", rest: rest, kind: kind
  rescue
    e -> IO.inspect(e)
  end
end

# What does convert.
IO.inspect(IO.chardata_to_string(["é", 233, [0x1F600]]))
IO.inspect(:unicode.characters_to_binary([-1]))
IO.inspect(IO.iodata_length(["a", 98, ["c", <<100>>]]))
