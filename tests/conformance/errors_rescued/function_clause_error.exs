# FunctionClauseError: no function clause matched the arguments.
defmodule T do
  def only_ints(x) when is_integer(x), do: x
end

try do
  T.only_ints(Enum.random(["string"]))
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end
try do
  (fn :a -> 1 end).(Enum.random([:b]))
rescue
  e -> IO.inspect(e.__struct__)
end
