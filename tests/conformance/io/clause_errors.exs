# IO functions given what none of their clauses take, or items String.Chars cannot convert: Elixir's clauses, guards and lines (nothing is read)
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(3)))
  end
end

bad = fn -> nil end
report.(fn -> IO.puts(1, "x") end)
report.(fn -> IO.puts(:stdio, %{}) end)
report.(fn -> IO.write(:stdio, {}) end)
report.(fn -> IO.binwrite(%{}) end)
report.(fn -> IO.inspect(1, "x", []) end)
report.(fn -> IO.inspect(:stdio, 1, :bad) end)
report.(fn -> IO.inspect(:stdio, 1, label: %{}) end)
report.(fn -> IO.stream(:stdio, 0) end)
report.(fn -> IO.stream(:stdio, :a) end)
report.(fn -> IO.binstream(:a) end)
report.(fn -> IO.getn("x", 0) end)
report.(fn -> IO.getn(:stdio, "x", :a) end)
report.(fn -> IO.gets(:stdio, %{}) end)
report.(fn -> IO.read(:stdio, :bad) end)
report.(fn -> IO.read(:stdio, -1) end)
report.(fn -> IO.binread(:stdio, :bad) end)
report.(fn -> IO.iodata_to_binary(bad.() || 1) end)
report.(fn -> IO.iodata_to_binary([:a]) end)
report.(fn -> IO.iodata_length(bad.() || 1) end)
report.(fn -> apply(IO, :iodata_to_binary, [1]) end)
report.(fn -> IO.chardata_to_string([:a]) end)
report.(fn -> IO.chardata_to_string(bad.()) end)
