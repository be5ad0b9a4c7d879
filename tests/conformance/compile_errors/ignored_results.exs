# Statements whose value a block throws away: Elixir warns of literals and
# variables as it expands the code, and Erlang's compiler of built-in calls
# without effects (operators by their Erlang names, comparisons by Elixir's).
defmodule Statements do
  def math(x, y, list, tuple, flag) do
    "a note"
    42
    x
    x * 2
    -x
    not flag
    x != y
    x === y
    x <= y
    is_nil(x)
    x in [1, 2]
    length(list)
    elem(tuple, 0)
    put_elem(tuple, 0, 1)
    is_atom(x)
    self()
    max(x, y)
    div(x, 2)
    list ++ [1]
    :math.sqrt(2.0)
    :lists.append(list, list)
    Bitwise.band(x, y)
    :atom
    {1, 2}
    to_string(x)
    x && flag
    y
  end

  def in_branches(x) do
    if x do
      x + 1
      :yes
    else
      1.5
      :no
    end
  end
end

x = 1
x + 1
x == 2
"top level"
square = fn y ->
  y * y
  y
end

IO.inspect({Statements.math(1, 2, [1], {1}, true), Statements.in_branches(false), square.(3)})
