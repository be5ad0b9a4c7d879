# Guards defined with defguard, Integer's is_even/is_odd among them, work in
# guards and in bodies once imported, whole or with only:/except:, or called
# by their module's name after require.
defmodule Guards do
  defguard is_pos(x) when is_integer(x) and x > 0
  defguard is_small(x) when is_pos(x) and x < 10
end

defmodule Sizes do
  import Guards
  def size(x) when is_small(x), do: :small
  def size(x) when is_pos(x), do: :large
  def size(_), do: :not_positive
end

defmodule Parity do
  import Guards, only: [is_pos: 1]
  import Integer, except: [is_odd: 1]
  def positive_even?(x) when is_pos(x) and is_even(x), do: true
  def positive_even?(_), do: false
end

defmodule Next do
  require Integer
  def next_is_even(x) when Integer.is_odd(x), do: Integer.is_even(x + 1)
  def next_is_even(_), do: false
end

IO.inspect(Enum.map([3, 30, -1, :a], &Sizes.size/1))
IO.inspect(Enum.map([4, 3, -2, 2.0], &Parity.positive_even?/1))
IO.inspect({Next.next_is_even(3), Next.next_is_even(4)})

import Integer, only: [is_odd: 1]
IO.inspect(for x <- 1..9, is_odd(x), do: x)

case 7 do
  x when is_odd(x) and x > 5 -> IO.puts("odd and above 5")
end

require Integer
f = fn
  x when Integer.is_even(x) -> :even
  _ -> :not_even
end

IO.inspect({f.(10), f.(11), f.("10"), Integer.is_even(:atom)})
