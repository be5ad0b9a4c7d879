# An end that closes a do-block right after a binary operator is a syntax error before "end"
defmodule Calc do
  def add(a, b) do
    a +
  end
end
