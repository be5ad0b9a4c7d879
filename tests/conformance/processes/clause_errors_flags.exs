# Process.flag(:max_heap_size) takes a size or a map and answers with the map, refusing what Erlang refuses; process_info of monitors and of what does not vary
IO.inspect Process.flag(:max_heap_size, 100_000)
IO.inspect Process.info(self(), :max_heap_size)
IO.inspect Process.flag(:max_heap_size, %{size: 200_000})
IO.inspect Process.info(self(), [:max_heap_size])
IO.inspect Process.flag(:max_heap_size, %{size: 300_000, kill: true, error_logger: true})
IO.inspect Process.flag(:max_heap_size, 0)
for v <- [%{kill: true}, 10, %{size: -1}, %{size: 1_000_000, foo: 1}, :a] do
  try do
    IO.inspect(Process.flag(:max_heap_size, v), label: inspect(v))
  rescue e -> IO.puts Exception.message(e)
  end
end

other = spawn(fn -> receive do: (_ -> :ok) end)
ref = Process.monitor(other)
IO.inspect(Process.info(self(), :monitors) == {:monitors, [process: other]})
IO.inspect(Process.info(other, :monitored_by) == {:monitored_by, [self()]})
Process.demonitor(ref)
IO.inspect(Process.info(self(), :monitors))
IO.inspect(Process.info(other, [:priority, :error_handler, :message_queue_data, :suspending, :last_calls]))
