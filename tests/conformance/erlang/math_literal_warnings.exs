# Erlang's compiler evaluates :math calls on literals and warns about those that must fail; the failures name the argument at fault
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

report.(fn -> :math.sqrt(-1) end)
report.(fn -> :math.log(0) end)
report.(fn -> :math.acos(2) end)
report.(fn -> :math.pow(10.0, 400) end)
report.(fn -> :math.fmod(1, 0) end)
report.(fn -> :math.exp(1000) end)
report.(fn -> :math.sqrt(:a) end)
report.(fn -> :math.floor(:a) end)
report.(fn -> :math.pow(:a, "b") end)
report.(fn -> :math.sqrt(16) end)
