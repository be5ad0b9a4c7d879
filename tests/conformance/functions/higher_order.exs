# Functions as arguments and return values.
defmodule HO do
  def twice(f, x), do: f.(f.(x))
  def apply_all(fs, x), do: Enum.map(fs, fn f -> f.(x) end)
  def make_multiplier(n), do: fn x -> x * n end
end

IO.inspect(HO.twice(&(&1 <> "!"), "hi"))
IO.inspect(HO.apply_all([&(&1 + 1), &(&1 * 10), &Integer.to_string/1], 7))
triple = HO.make_multiplier(3)
IO.inspect(triple.(5))
IO.inspect(apply(triple, [6]))
IO.inspect(apply(fn a, b -> a - b end, [10, 4]))
