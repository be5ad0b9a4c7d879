# A catch clause with kind and value handles throw, exit and error alike.
run = fn f ->
  try do
    f.()
  catch
    kind, value -> {kind, value}
  end
end
IO.inspect(run.(fn -> throw(1) end))
IO.inspect(run.(fn -> exit(2) end))
IO.inspect(run.(fn -> :erlang.error(3) end))
IO.inspect(run.(fn -> raise "four" end))
IO.inspect(run.(fn -> :five end))
