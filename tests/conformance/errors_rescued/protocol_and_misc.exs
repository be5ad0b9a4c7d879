# Other common errors: Protocol.UndefinedError, ErlangError wrapping and String conversions.
defmodule T do
  def v(x), do: x
end

try do
  Enum.map(T.v(:not_enumerable), & &1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  to_string(T.v({:a, :tuple}))
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  "#{T.v(%{a: 1})}"
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  :erlang.error({:custom, :reason})
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
