# Process functions Elixir hands to Erlang functions (spawn_opt, process_flag/3): the built-in, its arguments and what was wrong with each
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

dead = spawn(fn -> :ok end)
Process.sleep(10)
report.(fn -> Process.spawn(nil, []) end)
report.(fn -> Process.spawn(nil, [:foo]) end)
report.(fn -> Process.spawn(&IO.puts/1, [:foo]) end)
report.(fn -> Process.spawn(&IO.puts/1, :link) end)
report.(fn -> Process.spawn(&IO.puts/1, [:link | :monitor]) end)
report.(fn -> Process.spawn(&IO.puts/1, priority: :foo) end)
report.(fn -> Process.spawn(&IO.puts/1, min_heap_size: -1) end)
report.(fn -> Process.spawn(1, 2, 3, 4) end)
report.(fn -> Process.spawn(IO, :puts, :a, []) end)
report.(fn -> Process.spawn(IO, :puts, [], [:foo]) end)
report.(fn -> Process.flag(nil, nil, nil) end)
report.(fn -> Process.flag(self(), :trap_exit, true) end)
report.(fn -> Process.flag(nil, :save_calls, 1) end)
report.(fn -> Process.flag(self(), :save_calls, -1) end)
report.(fn -> Process.flag(self(), :save_calls, 10001) end)
report.(fn -> Process.flag(dead, :save_calls, 1) end)
IO.inspect(Process.flag(self(), :save_calls, 1))

# what the options do when they are right
{pid, ref} = Process.spawn(fn -> :ok end, [:monitor, priority: :high])
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
end

timer = Process.send_after(self(), :late, 60_000)
IO.inspect(Process.cancel_timer(timer, info: false), label: "info: false")
IO.inspect(Process.cancel_timer(timer), label: "again")
timer = Process.send_after(self(), :late, 60_000)
IO.inspect(Process.cancel_timer(timer, async: true, info: false), label: "async, no info")
timer = Process.send_after(self(), :late, 60_000)
IO.inspect(Process.cancel_timer(timer, async: true), label: "async")

receive do
  {:cancel_timer, ^timer, left} -> IO.inspect(is_integer(left) and left > 0, label: "left")
end

now = System.monotonic_time(:millisecond)
Process.send_after(self(), :abs, now + 5, abs: true)
IO.inspect(receive(do: (m -> m)), label: "abs")
IO.inspect(Process.send(self(), :hi, [:noconnect]), label: "send/3")
IO.inspect(receive(do: (m -> m)), label: "got")
IO.inspect(Process.info(self(), [:registered_name, :trap_exit]), label: "info list")
IO.inspect(Process.info(dead, [:links]), label: "dead")
IO.inspect(Process.info(dead), label: "dead")
IO.inspect(Process.demonitor(make_ref(), [:flush, :info]), label: "demonitor")
