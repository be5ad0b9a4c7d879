# Messages can be sent to a registered name with send/2 and Process.send/3.
defmodule Echo do
  def loop do
    receive do
      {:echo, from, msg} ->
        send(from, {:echoed, msg})
        loop()

      :stop ->
        :ok
    end
  end
end

pid = spawn(&Echo.loop/0)
Process.register(pid, :echo_server)

IO.inspect(send(:echo_server, {:echo, self(), :hi}) == {:echo, self(), :hi})
receive do
  {:echoed, m} -> IO.inspect(m)
end

Process.send(:echo_server, {:echo, self(), [1, 2]}, [])
receive do
  {:echoed, m} -> IO.inspect(m)
end

# a name registered to self
Process.register(self(), :me)
send(:me, :to_myself)
receive do
  m -> IO.inspect(m)
end

send(:echo_server, :stop)
