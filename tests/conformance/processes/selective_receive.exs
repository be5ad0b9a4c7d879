# Selective receive takes the first matching message and leaves the others in order.
defmodule Sel do
  def take(tag) do
    receive do
      {^tag, v} -> v
    end
  end

  def rest(acc) do
    receive do
      m -> rest([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

send(self(), {:a, 1})
send(self(), {:b, 2})
send(self(), {:c, 3})
send(self(), {:b, 4})
send(self(), {:a, 5})

IO.inspect(Sel.take(:b))
IO.inspect(Sel.take(:a))
IO.inspect(Process.info(self(), :messages))
IO.inspect(Sel.take(:b))
IO.inspect(Sel.rest([]))

# a message that arrives later can be taken before earlier, non-matching ones
parent = self()
send(self(), :early)
spawn(fn -> send(parent, {:reply, :late}) end)

receive do
  {:reply, v} -> IO.inspect(v)
end

IO.inspect(Sel.rest([]))
