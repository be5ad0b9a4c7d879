defmodule Foo.Bar do
  @moduledoc "x"
  def f(a, b \\ 1) when is_integer(a), do: a + b
  defp g, do: :ok
end