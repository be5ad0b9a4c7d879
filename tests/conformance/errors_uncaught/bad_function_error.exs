# An uncaught BadFunctionError.
defmodule T do
  def v(x), do: x
end

T.v(:atom).(1)
