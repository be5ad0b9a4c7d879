# Clauses after one that always matches are warned about, in line order with the calls that will fail
defmodule Shapes do
  def area(shape), do: {:unknown, shape}
  def area({:square, side}), do: side * side

  def same(a, a), do: :same
  def same(_, _), do: :different
  def same(1, 2), do: :never

  def describe(value) do
    case value do
      n when is_integer(n) -> :integer
      other -> {:other, other}
      [] -> :empty
    end
  end

  def broken, do: hd([])
end

IO.inspect(Shapes.area({:square, 2}))
IO.inspect({Shapes.same(1, 1), Shapes.same(1, 2)})
IO.inspect(Enum.map([1, [], :x], &Shapes.describe/1))
