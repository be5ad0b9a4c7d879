# An uncaught BadMapError.
defmodule T do
  def v(x), do: x
end

Map.put(T.v("nope"), :a, 1)
