# An uncaught ArgumentError from a built-in function shows the failing argument.
defmodule T do
  def v(x), do: x
end

String.to_integer(T.v("abc"))
