# Arithmetic the compiler knows to give a float fails in its function's own frame.
defmodule Frames do
  def divide(a, b), do: a / b
  def scale(x), do: x * 2.5
  def shift(x, y), do: x / 2 + y
  def root_plus(x, y), do: :math.sqrt(x) + y
  def bound(x, y) do
    z = x / 3
    z - y
  end
  def ints(x, y), do: x * y + 1
  def neg(x, y), do: -(x / 2) * y
  def lambda(y), do: fn x -> x * 1.5 + y end
end

show = fn f ->
  try do
    f.()
  rescue
    e ->
      [top | _] = __STACKTRACE__
      IO.puts(Exception.message(e) <> " | " <> Exception.format_stacktrace_entry(top))
  end
end

show.(fn -> Frames.divide(1, 0) end)
show.(fn -> Frames.divide(1.0, 0.0) end)
show.(fn -> Frames.divide(:a, 2) end)
show.(fn -> Frames.divide(10, 4) end)
show.(fn -> IO.inspect(Frames.divide(10, 4)) end)
show.(fn -> Frames.scale(:x) end)
show.(fn -> Frames.scale(1.0e308) end)
show.(fn -> IO.inspect(Frames.scale(4)) end)
show.(fn -> Frames.shift(1, :y) end)
show.(fn -> Frames.root_plus(4, nil) end)
show.(fn -> Frames.root_plus(-4, 1) end)
show.(fn -> Frames.bound(3, "y") end)
show.(fn -> Frames.ints(2, :b) end)
show.(fn -> Frames.ints(2.0, 1.0e308 * 10) end)
show.(fn -> Frames.neg(2, []) end)
show.(fn -> Frames.lambda(1).(:x) end)
show.(fn -> Frames.lambda(:y).(2) end)
show.(fn -> Frames.divide(1, 10 ** 400) end)
show.(fn -> Frames.divide(10 ** 400, 1) end)
show.(fn -> IO.inspect(Frames.divide(10 ** 300, 10 ** 299)) end)
x = Enum.random([0])
show.(fn -> 1 / x end)
show.(fn -> 1.5 * :a end)
