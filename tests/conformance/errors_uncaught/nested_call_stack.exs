# The stacktrace of an uncaught error lists the calling functions.
defmodule A do
  def a(x), do: B.b(x) + 1
end

defmodule B do
  def b(x), do: C.c(x) + 1
end

defmodule C do
  def c(x), do: raise("deep error with #{x}")
end

A.a(7)
