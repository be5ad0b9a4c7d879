# Unused variables: Elixir warns per scope as it closes, sorted by name, with a pin hint when a same-named variable is visible
defmodule Shapes do
  def area({:circle, r}, unit), do: 3 * r * r
  def area({:square, side}, _unit), do: side * side

  def describe(shape) do
    case shape do
      {:circle, r} -> "circle"
      {kind, size} when size > 10 -> "big #{kind}"
      {kind, {w, h}} -> kind
    end
  end

  def rebind(x) do
    x = 10
    :ok
  end

  def closures(list) do
    scale = 2
    Enum.map(list, fn {k, v} -> k * scale end)
  end

  def branches(flag) do
    if flag do
      yes = 1
    else
      no = 2
    end
  end

  def errors(fun) do
    try do
      fun.()
    rescue
      e in ArgumentError -> :bad_argument
    catch
      kind, value -> kind
    end
  end

  def pairs({a, a}), do: :same
  def pairs(<<len::8, body::binary-size(len), rest::binary>>), do: body
end

IO.inspect(Shapes.area({:circle, 1}, :cm))
IO.inspect(Shapes.describe({:square, 20}))
IO.inspect(Shapes.closures([{1, :x}]))
IO.inspect(Shapes.pairs({1, 1}))

count = 3
total = 0
for i <- 1..count, do: :tick
{:ok, value} = {:ok, 42}
IO.puts("done")
