# An error in a function Enum.map calls: Elixir's frames for Enum's helper, then the caller's.
defmodule Orders do
  def totals(orders), do: Enum.map(orders, &total/1)

  defp total(%{qty: qty, price: price}), do: qty * price
end

IO.inspect(Orders.totals([%{qty: 2, price: 3}]))
IO.inspect(Orders.totals([%{qty: 2, price: 3}, %{qty: 1}]))
