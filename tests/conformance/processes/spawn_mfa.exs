# spawn/3 applies Module.function to a list of arguments in a new process.
defmodule Worker do
  def run(parent, a, b) do
    send(parent, {:sum, a + b})
  end

  def echo do
    receive do
      {from, msg} -> send(from, {:echo, msg})
    end
  end
end

spawn(Worker, :run, [self(), 20, 22])

receive do
  {:sum, n} -> IO.inspect(n)
end

pid = spawn(Worker, :echo, [])
send(pid, {self(), :ping})

receive do
  {:echo, msg} -> IO.inspect(msg)
end

pid2 = Process.spawn(Worker, :run, [self(), 1, 2], [])
IO.inspect(is_pid(pid2))

receive do
  {:sum, n} -> IO.inspect(n)
end
