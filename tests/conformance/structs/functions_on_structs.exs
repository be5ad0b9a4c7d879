# Modules define functions that construct and transform their struct.
defmodule Stack do
  defstruct items: []

  def new, do: %Stack{}
  def push(%Stack{items: items} = s, x), do: %Stack{s | items: [x | items]}
  def pop(%Stack{items: [top | rest]} = s), do: {top, %Stack{s | items: rest}}
  def pop(%Stack{items: []}), do: :empty
  def size(%Stack{items: items}), do: length(items)
end

s = Stack.new() |> Stack.push(1) |> Stack.push(2) |> Stack.push(3)
IO.inspect(s)
{top, s} = Stack.pop(s)
IO.inspect({top, Stack.size(s)})
IO.inspect(Stack.pop(Stack.new()))
