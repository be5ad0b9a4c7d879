# Body (non-tail) recursion 1,000,000 deep: the stack grows as needed.
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def depth(0), do: 0
  def depth(n), do: 1 + depth(n - 1)
end

list = Deep.build(1_000_000)
IO.puts(length(list))
IO.puts(Deep.sum(list))
IO.puts(Deep.depth(1_000_000))
IO.inspect(Enum.take(list, 3))
