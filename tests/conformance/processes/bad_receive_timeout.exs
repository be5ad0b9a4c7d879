# A receive timeout that is not a non-negative integer or :infinity raises; uncaught it ends the script.
defmodule BadTimeout do
  # one line: BEAM blames the line of the last call before the receive (here the head)
  def wait(t), do: (receive do :x -> :x after t -> :timeout end)
end

IO.inspect(BadTimeout.wait(0))
IO.inspect(BadTimeout.wait(1))

try do
  BadTimeout.wait(:soon)
rescue
  e -> IO.inspect(e)
end

try do
  BadTimeout.wait(-5)
rescue
  e -> IO.inspect(e)
end

try do
  BadTimeout.wait(1.5)
catch
  kind, reason -> IO.inspect({kind, reason})
end

send(self(), :x)
IO.inspect(BadTimeout.wait(:infinity))
BadTimeout.wait("never")
