# Using an unbound variable is a compile error.
defmodule T do
  def run(x), do: x + y
end
