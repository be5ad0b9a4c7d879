# :timer.sleep/1 suspends the caller for the given milliseconds and returns :ok; other processes run meanwhile; a bad time is :timeout_value.
parent = self()
spawn(fn -> send(parent, {:other, :ran}) end)
t0 = System.monotonic_time(:millisecond)
IO.inspect(:timer.sleep(30))
IO.inspect(System.monotonic_time(:millisecond) - t0 >= 30)
IO.inspect(:timer.sleep(0))

receive do
  msg -> IO.inspect(msg)
after
  0 -> IO.puts("nothing arrived")
end

for bad <- [-1, :soon, 1.5] do
  try do
    :timer.sleep(bad)
  rescue
    e -> IO.inspect(e)
  end
end
