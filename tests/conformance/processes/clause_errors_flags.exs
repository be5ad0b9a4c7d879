# Process.flag: max_heap_size takes a size or a map and answers with the map; the flags vial does not vary are checked and answered with Erlang's defaults; process_info of monitors and of what does not vary
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

IO.inspect Process.flag(:priority, :high)
IO.inspect Process.flag(:message_queue_data, :off_heap)
IO.inspect Process.flag(:min_heap_size, 1000)
IO.inspect Process.flag(:min_bin_vheap_size, 1000)
IO.inspect Process.flag(:fullsweep_after, 10)
IO.inspect Process.flag(:sensitive, true)
IO.inspect Process.flag(:save_calls, 5)
IO.inspect Process.flag(:error_handler, :error_handler)
for {f, v} <- [priority: :urgent, message_queue_data: :x, min_heap_size: -1, fullsweep_after: :a, sensitive: 1, save_calls: 10001, error_handler: 1, trap_exit: nil] do
  try do
    Process.flag(f, v)
  rescue
    e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 1)))
  end
end
