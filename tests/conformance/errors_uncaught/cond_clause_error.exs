# An uncaught CondClauseError.
defmodule T do
  def check(x) do
    cond do
      x > 1 -> :big
    end
  end
end

T.check(0)
