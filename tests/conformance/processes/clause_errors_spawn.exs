# :erlang's spawn functions given bad arguments name each bad one, and those OTP writes in Erlang leave no frame of a caller that tail-called them; {name, node} destinations
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

report.(fn -> :erlang.spawn(:x) end)
report.(fn -> :erlang.spawn(1, 2, 3) end)
report.(fn -> :erlang.spawn(IO, "puts", []) end)
report.(fn -> :erlang.spawn_link(:x) end)
report.(fn -> :erlang.spawn_link(1, 2, 3) end)
report.(fn -> :erlang.spawn_monitor(:x) end)
report.(fn -> :erlang.spawn_monitor(1, 2, 3) end)
report.(fn -> :erlang.spawn_monitor(IO, :puts, :a) end)
report.(fn -> :erlang.spawn_opt(:x, []) end)
report.(fn -> :erlang.convert_time_unit(:a, :second, :second) end)

IO.inspect(send({:nobody_here, node()}, :dropped))
ref = Process.monitor({:nobody_here, node()})

receive do
  {:DOWN, ^ref, :process, who, why} -> IO.inspect({who, why})
end

Process.register(self(), :me)
send({:me, node()}, :got)
IO.inspect(receive(do: (m -> m)))
