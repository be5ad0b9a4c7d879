# KeyError from map.key, Map.fetch!, Keyword.fetch! and struct updates.
defmodule T do
  def m, do: %{a: 1}
end

for f <- [fn -> T.m().b end, fn -> Map.fetch!(T.m(), :zz) end, fn -> Keyword.fetch!([a: 1], :b) end,
          fn -> %{T.m() | nope: 1} end, fn -> Map.update!(T.m(), "str", & &1) end] do
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      IO.inspect(e)
  end
end
