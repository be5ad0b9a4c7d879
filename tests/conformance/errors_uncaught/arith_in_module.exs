# n + 1 on nil inside a module: Elixir reports no operands, as the add happened in the function's own frame
defmodule Tally do
  def bump(%{count: count} = tally), do: %{tally | count: count + 1}
end

IO.inspect(Tally.bump(%{count: 1}))
Tally.bump(%{count: nil})
