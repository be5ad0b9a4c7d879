defmodule M do
  def f, do: __MODULE__
end
