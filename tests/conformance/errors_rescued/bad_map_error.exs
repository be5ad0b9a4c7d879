# BadMapError: a map operation on something that is not a map.
defmodule T do
  def v(x), do: x
end

try do
  Map.get(T.v([a: 1]), :a)
  Map.put(T.v(:not_a_map), :k, 1)
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  %{T.v(42) | a: 1}
rescue
  e -> IO.puts(Exception.message(e))
end
