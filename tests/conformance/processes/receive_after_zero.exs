# receive with after 0 polls the mailbox without waiting.
defmodule Poll do
  def drain(acc) do
    receive do
      msg -> drain([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def poll do
    receive do
      {:ok, v} -> v
    after
      0 -> :empty
    end
  end
end

IO.inspect(Poll.poll())
send(self(), {:ok, 1})
IO.inspect(Poll.poll())
IO.inspect(Poll.poll())

Enum.each(1..5, &send(self(), &1))
IO.inspect(Poll.drain([]))
IO.inspect(Poll.drain([]))

# receive with only an after clause
IO.inspect(
  receive do
  after
    0 -> :only_after
  end
)
