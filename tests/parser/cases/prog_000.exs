defmodule Stack do
  @moduledoc """
  A stack.
  """
  defstruct items: [], size: 0

  @spec push(t, term) :: t
  def push(%Stack{items: items, size: n} = s, x) do
    %{s | items: [x | items], size: n + 1}
  end

  def pop(%Stack{items: []}), do: {:error, :empty}
  def pop(%Stack{items: [h | t], size: n} = s), do: {:ok, h, %{s | items: t, size: n - 1}}

  defp helper(a, b \\ 2) when is_integer(a) and a > 0 or b < 0 do
    case {a, b} do
      {1, _} -> :one
      {x, y} when x > y ->
        IO.puts("#{x} > #{y}")
        :gt
      _ -> :other
    end
  end
end