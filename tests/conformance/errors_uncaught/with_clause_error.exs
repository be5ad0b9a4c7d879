# An uncaught WithClauseError.
defmodule T do
  def check(x) do
    with {:ok, v} <- x do
      v
    else
      :known -> :handled
    end
  end
end

T.check({:error, 1})
