# BadFunctionError: calling something that is not a function.
defmodule T do
  def v(x), do: x
end

try do
  T.v(:not_a_fun).(1)
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  T.v(42).()
rescue
  e in BadFunctionError -> IO.inspect(e.term)
end
