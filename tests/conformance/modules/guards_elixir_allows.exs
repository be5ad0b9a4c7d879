# What else a guard may hold: is_struct/1 and is_exception/1, Bitwise and
# Kernel functions by their full names, ~w lists, attributes in defguards
defmodule Shapes do
  import Bitwise
  @small 10
  defguard is_small(n) when is_integer(n) and n < @small

  def kind(x) when is_exception(x), do: :exception
  def kind(x) when is_struct(x), do: :struct
  def kind(x) when is_exception(x, KeyError), do: :unreachable
  def kind(x) when Kernel.is_atom(x) and x in ~w(circle square)a, do: :shape
  def kind(x) when is_small(x) and Bitwise.band(x, 1) == 1, do: :small_odd
  def kind(x) when is_integer(x) and (x &&& 2) == 2, do: :has_two
  def kind(x) when x in ~w(a b), do: :letter
  def kind(_), do: :other
end

for x <- [%ArgumentError{}, 1..2, :circle, :triangle, 3, 4, 6, 12, 14, "a", "c"] do
  IO.puts("#{inspect(x)}: #{Shapes.kind(x)}")
end
