# MatchError: a = match that fails.
defmodule T do
  def value, do: {:error, :nope}
end

try do
  {:ok, _} = T.value()
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  [_, _] = Enum.to_list(1..3)
rescue
  e in MatchError -> IO.inspect(e.term)
end
