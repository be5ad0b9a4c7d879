# Erlang error atoms are normalized into Elixir exceptions when rescued.
r = fn f ->
  try do
    f.()
  rescue
    e -> {e.__struct__, Exception.message(e)}
  end
end

IO.inspect(r.(fn -> :erlang.error(:badarg) end))
IO.inspect(r.(fn -> :erlang.error(:badarith) end))
IO.inspect(r.(fn -> :erlang.error({:badmatch, 3}) end))
IO.inspect(r.(fn -> :erlang.error(:some_atom) end))
IO.inspect(r.(fn -> :erlang.error({:badkey, :k}) end))
IO.inspect(r.(fn -> :erlang.error({:badmap, 1}) end))
IO.inspect(r.(fn -> :erlang.error({:badarity, {fn -> 1 end, [1]}}) end) |> elem(0))
IO.inspect(r.(fn -> :erlang.error(:system_limit) end))
