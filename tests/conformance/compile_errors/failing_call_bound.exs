# Calls that must fail warn, except in the value a variable takes.
defmodule Failing do
  def bound do
    x = 1.5 * :a
    y = {hd(:b)}
    z = IO.inspect(1.0e308 * 10)
    {x, y, z}
  end

  def unbound do
    {x} = {1.5 * :c}
    a = b = 2 / 0
    IO.inspect(1.0e308 * 10)
    IO.inspect(-1.0e308 - 1.0e308)
    IO.inspect(10 / 1.0e-320)
    IO.inspect(1.0e308 + 1)
    {x, a, b}
  end

  def funs do
    f = fn -> 1.5 * :d end
    [g] = [fn -> 1.5 * :e end]
    {f, g}
  end
end

IO.puts("compiled")
