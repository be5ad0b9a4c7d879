# An uncaught error raised by an Erlang BIF inside a named function.
defmodule T do
  def first(t), do: elem(t, 0)
end

T.first({})
