# A script's own code cannot use a struct the script defines: it is expanded before the defmodule runs.
defmodule Point do
  defstruct x: 0, y: 0
  def origin?(%Point{x: 0, y: 0}), do: true
  def origin?(_unused), do: false
end

IO.puts("never printed")
IO.inspect(Point.origin?(%Point{x: 1}))
