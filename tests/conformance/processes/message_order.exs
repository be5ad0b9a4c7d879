# Messages from one process to another arrive in the order they were sent.
parent = self()

spawn(fn ->
  for i <- 1..200, do: send(parent, {:seq, i})
  send(parent, :done)
end)

defmodule Collect do
  def loop(acc) do
    receive do
      {:seq, i} -> loop([i | acc])
      :done -> Enum.reverse(acc)
    end
  end
end

list = Collect.loop([])
IO.inspect(length(list))
IO.inspect(list == Enum.to_list(1..200))

# two senders: each one's messages stay in order relative to each other
a =
  spawn(fn ->
    receive do
      :go -> for i <- 1..50, do: send(parent, {:a, i})
    end
  end)

b =
  spawn(fn ->
    receive do
      :go -> for i <- 1..50, do: send(parent, {:b, i})
    end
  end)
send(a, :go)
send(b, :go)

msgs =
  for _ <- 1..100 do
    receive do
      m -> m
    end
  end

as = for {:a, i} <- msgs, do: i
bs = for {:b, i} <- msgs, do: i
IO.inspect(as == Enum.to_list(1..50))
IO.inspect(bs == Enum.to_list(1..50))
