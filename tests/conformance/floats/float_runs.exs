# Chains of arithmetic: floats, integers and mixtures give the same values and errors.
defmodule Chain do
  def poly(x), do: 3 * x * x - 2 * x + 1
  def norm(x, y, z), do: :math.sqrt(x * x + y * y + z * z)
  def mix(a, b, c, d), do: a * b + c / d - a
  def step(v, dx, m, mag), do: v - dx * m * mag
  def swap(a, b) do
    a = a * b
    b = a - b
    a = a - b
    {a, b}
  end
end

IO.inspect(Chain.poly(2))
IO.inspect(Chain.poly(2.5))
IO.inspect(Chain.poly(-0.0))
IO.inspect(Chain.poly(123_456_789_012))
IO.inspect(Chain.poly(98_765_432_109_876_543_210))
IO.inspect(Chain.norm(1, 2, 2))
IO.inspect(Chain.norm(1.5, 2, 2.5))
IO.inspect(Chain.mix(1, 2, 3, 4))
IO.inspect(Chain.mix(1.0, 2, 3, 4))
IO.inspect(Chain.mix(1, 2, 3.5, 4))
IO.inspect(Chain.mix(3, 4, 1, 3.0))
IO.inspect(Chain.mix(4_611_686_018_427_387_903, 2, 1, 2))
IO.inspect(Chain.step(1.0, 0.5, 2, 0.25))
IO.inspect(Chain.step(1, 2, 3, 4))
IO.inspect(Chain.swap(3, 4))
IO.inspect(Chain.swap(3.0, 4))
IO.inspect(Chain.swap(1.0e200, 1.0e-200))

try_it = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.message(e) <> " in " <> Exception.format_stacktrace_entry(hd(__STACKTRACE__)))
  end
end

try_it.(fn -> Chain.mix(1.0e308, 10.0, 1.0, 1.0) end)
try_it.(fn -> Chain.mix(1.0, 2.0, 3.0, 0.0) end)
try_it.(fn -> Chain.mix(1.0, 2.0, 3.0, 0) end)
try_it.(fn -> Chain.mix(1, 2, 3, 0) end)
try_it.(fn -> Chain.mix(1.0, :two, 3.0, 4.0) end)
try_it.(fn -> Chain.mix(1.0, 2.0, "3", 4.0) end)
try_it.(fn -> Chain.mix(1.0e308, 10.0, :x, 1.0) end)
try_it.(fn -> Chain.step(1.0, 1.0e300, 1.0e300, 0.0) end)
try_it.(fn -> Chain.step(1.0, 1.0e300, 1.0e300, 1.0e-300) end)
try_it.(fn -> Chain.step(nil, 1.0, 1.0, 1.0) end)
try_it.(fn -> Chain.norm(1.0e200, 1.0, 1.0) end)
try_it.(fn -> Chain.swap(1.0e300, 1.0e300) end)

x = 0.1
y = 0.2
IO.inspect(x + y * 3 - x / y)
IO.inspect((x + y) * (x - y) / (x * y))
IO.inspect(1 / (x * 1.0e308 * 10.0 + 1.0) == 0.0)
