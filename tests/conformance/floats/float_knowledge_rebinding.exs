# A variable once bound to a float and then rebound to an integer does integer arithmetic again.
defmodule Rebind do
  def by_tuple(a) do
    x = 1.0
    IO.inspect(x * 2)
    {x, y} = {5, a}
    x + y
  end

  def by_case(a) do
    x = 2.0
    IO.inspect(x / 4)

    case a do
      x -> x * 3
    end
  end

  def by_match(a) do
    x = 1.5
    IO.inspect(x + 1)
    x = a
    x + 1
  end

  def by_fn(a) do
    x = a / 2
    f = fn x -> x + 1 end
    {f.(3), x}
  end

  def by_math(a) do
    r = :math.sqrt(a)
    n = round(r)
    {r * 2, n * 2}
  end
end

IO.inspect({Rebind.by_tuple(6), Rebind.by_case(4), Rebind.by_match(2), Rebind.by_fn(4), Rebind.by_math(16)})
