# An uncaught Erlang error term that is not an exception.
defmodule T do
  def v(x), do: x
end

:erlang.error(T.v({:my_reason, 1}))
