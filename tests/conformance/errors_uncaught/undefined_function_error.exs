# An uncaught UndefinedFunctionError for a missing module.
defmodule T do
  def v(x), do: x
end

T.v(Missing.Module).run(1, 2)
