# Structs a script defines are used from its other modules, which compile when their defmodule runs.
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Geometry do
  def origin, do: %Point{}
  def shift(%Point{x: x} = p, dx), do: %Point{p | x: x + dx}
  def x(%Point{x: x}), do: x
end

p = Geometry.origin()
IO.inspect(p)
IO.inspect(Geometry.shift(p, 3))
IO.inspect(Geometry.x(Geometry.shift(p, 5)))
IO.inspect(struct(Point, y: 2))
IO.inspect(is_struct(p, Point))
