# Functions with several clauses are tried in order; patterns and guards in heads.
defmodule Shape do
  def area({:square, s}), do: s * s
  def area({:rect, w, h}), do: w * h
  def area({:circle, r}) when is_number(r) and r >= 0, do: Float.round(3.14159 * r * r, 2)
  def area(_other), do: :unknown

  def kind(x) when is_integer(x) and x < 0, do: :negative
  def kind(0), do: :zero
  def kind(x) when is_integer(x), do: :positive
  def kind(x) when is_float(x) or is_binary(x), do: :float_or_binary
  def kind(_), do: :other
end

IO.inspect(Shape.area({:square, 3}))
IO.inspect(Shape.area({:rect, 2, 5}))
IO.inspect(Shape.area({:circle, 1}))
IO.inspect(Shape.area({:circle, -1}))
IO.inspect(Enum.map([-5, 0, 5, 1.5, "s", :a], &Shape.kind/1))
