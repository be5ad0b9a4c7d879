# BadArityError: calling a function with the wrong number of arguments.
defmodule T do
  def f, do: fn a, b -> a + b end
end

try do
  T.f().(1)
rescue
  e ->
    # The message starts with the inspected fun, whose name is implementation-specific.
    [_fun, rest] = String.split(Exception.message(e), "> ", parts: 2)
    IO.puts(rest)
    IO.inspect(e.args)
end
