# WithClauseError: a with/else had no else clause matching the value.
defmodule T do
  def check(x) do
    with {:ok, v} <- x do
      v
    else
      {:error, :known} -> :handled
    end
  end
end

IO.inspect(T.check({:error, :known}))
try do
  T.check({:error, :unknown})
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
