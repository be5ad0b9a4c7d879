# Bitwise: the function and operator forms; the compiler inlines calls of
# both, and of the guards. These bodies serve apply and captures.
defmodule Bitwise do
  def bnot(expr), do: :erlang.bnot(expr) #@ 61
  def ~~~expr, do: :erlang.bnot(expr) #@ 66
  def band(left, right), do: :erlang.band(left, right) #@ 83
  def left &&& right, do: :erlang.band(left, right) #@ 102
  def bor(left, right), do: :erlang.bor(left, right) #@ 119
  def left ||| right, do: :erlang.bor(left, right) #@ 138
  def bxor(left, right), do: :erlang.bxor(left, right) #@ 155
  def left ^^^ right, do: :erlang.bxor(left, right) #@ 160
  def bsl(left, right), do: :erlang.bsl(left, right) #@ 186
  def left <<< right, do: :erlang.bsl(left, right) #@ 214
  def bsr(left, right), do: :erlang.bsr(left, right) #@ 240
  def left >>> right, do: :erlang.bsr(left, right) #@ 268
end
