# Bignums inside data structures and as map keys.
big = Integer.pow(10, 25)
m = %{big => :big, 1 => :small}
IO.inspect(m)
IO.inspect(m[Integer.pow(10, 25)])
IO.inspect([big, -big, {big}])
IO.inspect(Enum.max([big, 1, big + 1]))
IO.inspect(Enum.sum([big, big, -1]))
IO.inspect(to_string(big * big))
IO.inspect(inspect(big) |> String.length())
