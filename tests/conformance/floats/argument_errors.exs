# Float functions raising from their bodies: the frames carry Elixir's lines in lib/float.ex
report = fn f ->
  try do
    f.() |> IO.inspect()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

no = fn -> nil end

report.(fn -> Float.round(1.5, no.()) end)
report.(fn -> Float.round(1.5, 16) end)
report.(fn -> Float.floor(1.5, -1) end)
report.(fn -> Float.ceil(1.5, 16) end)
report.(fn -> Float.round(1.25, 1) end)
report.(fn -> Float.pow(-2.0, 0.5) end)
report.(fn -> Float.pow(10.0, 400) end)
report.(fn -> Float.ratio(-0.0) end)
report.(fn -> Float.parse("-" <> "x") end)
report.(fn -> apply(Float, :to_string, [no.(), []]) end)
report.(fn -> apply(Float, :to_string, [1.5, [decimals: 3, compact: true]]) end)
report.(fn -> apply(Float, :to_string, [1.5, [compact: false, decimals: 3]]) end)
report.(fn -> apply(Float, :to_string, [1.5, [compact: :x]]) end)
report.(fn -> apply(Float, :to_string, [1.5, [{:decimals, 2} | :y]]) end)
