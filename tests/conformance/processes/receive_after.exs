# receive ... after N runs the after body when no message matches in time.
result =
  receive do
    :never_sent -> :got_it
  after
    50 -> :timed_out
  end

IO.inspect(result)

# a message that does not match stays, and after still fires
send(self(), :other)

result2 =
  receive do
    :never_sent -> :got_it
  after
    20 -> :timed_out_again
  end

IO.inspect(result2)
IO.inspect(Process.info(self(), :message_queue_len))

# a variable timeout
t = 10

IO.inspect(
  receive do
    :nope -> :nope
  after
    t -> {:after, t}
  end
)

# a message arriving before the timeout wins
parent = self()
spawn(fn -> send(parent, :late_but_in_time) end)

IO.inspect(
  receive do
    :late_but_in_time -> :received
  after
    5000 -> :timeout
  end
)
