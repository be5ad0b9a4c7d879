# An uncaught MatchError at the top level of a script.
defmodule T do
  def value, do: {:error, :nope}
end

IO.puts("start")
{:ok, _} = T.value()
IO.puts("never printed")
