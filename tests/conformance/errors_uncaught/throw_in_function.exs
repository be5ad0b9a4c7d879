# An uncaught throw from inside a function.
defmodule T do
  def go(x), do: throw({:thrown, x})
end

T.go(:value)
