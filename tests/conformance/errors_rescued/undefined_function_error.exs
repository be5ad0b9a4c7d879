# UndefinedFunctionError: calling a function or module that does not exist.
defmodule T do
  def mod(m), do: m
  def exists(x), do: x
end

try do
  T.mod(NoSuchModule).hello(1)
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  T.mod(T).missing()
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  apply(T, :exists, [1, 2])
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  T.mod(:lists).no_such_fun()
rescue
  e -> IO.puts(Exception.message(e))
end
