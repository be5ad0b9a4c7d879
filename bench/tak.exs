# The Takeuchi function: deep non-tail recursion with three arguments.
defmodule Tak do
  def tak(x, y, z) when y < x, do: tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
  def tak(_x, _y, z), do: z
end

{us, result} = :timer.tc(fn -> Tak.tak(28, 18, 9) end)
IO.puts(result)
IO.puts(:stderr, "time_us #{us}")
