# Updating a struct of a module compiled with the code checks the keys at compile time
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Mover do
  def shift(p), do: %Point{p | z: 1}
end

IO.puts("never printed")
