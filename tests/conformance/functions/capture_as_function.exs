# &f(&1, &2) with the arguments in order is the function f itself, as Elixir makes it: it inspects as &Mod.f/2, and a call with the wrong arity names it
IO.inspect(&(&1 + &2))
IO.inspect(&String.upcase(&1))
IO.inspect(&Enum.map(&1, &2))
IO.inspect(&is_atom(&1))
IO.inspect(&hd(&1))
IO.inspect(&div(&1, &2))
IO.inspect(&inspect(&1))
IO.inspect(&Kernel.is_list(&1))
IO.inspect(&(&1 == &2))
IO.inspect(&max(&1, &2))
IO.inspect(&Integer.to_string(&1, &2))
IO.inspect(&Tuple.insert_at(&1, &2, &3))

defmodule Shapes do
  def area({:square, s}), do: s * s
  def areas(shapes), do: Enum.map(shapes, &Shapes.area(&1))
end

IO.inspect(Shapes.areas([{:square, 2}, {:square, 3}]))
IO.inspect(Enum.reduce([1, 2, 3], &(&1 * &2)))
IO.inspect(Enum.sort([3, 1, 2], &(&1 >= &2)))
Enum.map([1, 2], &(&1 + &2))
