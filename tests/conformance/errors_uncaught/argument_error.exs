# An uncaught ArgumentError raised explicitly.
defmodule T do
  def check(n) when n < 0, do: raise(ArgumentError, "n must be non-negative, got: #{n}")
  def check(n), do: n
end

T.check(-1)
