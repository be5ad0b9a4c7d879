# Process functions called directly, which Elixir compiles into Erlang built-ins: the built-in fails with Elixir's arguments, in the caller's frame
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

ref = make_ref()
report.(fn -> Process.alive?(:a) end)
report.(fn -> Process.send_after(self(), :x, -1) end)
report.(fn -> Process.send_after(:a, :x, 1.5, []) end)
report.(fn -> Process.send_after("a", :x, 10) end)
report.(fn -> Process.cancel_timer(nil) end)
report.(fn -> Process.cancel_timer(ref, [:foo]) end)
report.(fn -> Process.read_timer(nil) end)
report.(fn -> Process.demonitor(self()) end)
report.(fn -> Process.demonitor(ref, :flush) end)
report.(fn -> Process.exit(:a, :normal) end)
report.(fn -> Process.flag(:foo, true) end)
report.(fn -> Process.link(nil) end)
report.(fn -> Process.unlink(nil) end)
report.(fn -> Process.monitor("a") end)
report.(fn -> Process.send(nil, :x, []) end)
report.(fn -> Process.spawn(IO, :puts, :a, []) end)
report.(fn -> Process.unregister(nil) end)
report.(fn -> Process.whereis("x") end)
report.(fn -> Process.info(nil) end)
report.(fn -> Process.spawn(nil, []) end)
report.(fn -> Process.flag(self(), :foo, 1) end)
report.(fn -> System.unique_integer(:positive) end)
report.(fn -> System.convert_time_unit(:a, :second, :second) end)
