# Results shrink back to small integers when they fit again.
big = Integer.pow(2, 100)
small = big - big + 5
IO.inspect(small)
IO.inspect(small === 5)
IO.inspect(div(big, Integer.pow(2, 98)))
IO.inspect(is_integer(big))
IO.inspect(big - (big - 1))
x = Enum.reduce(1..70, 1, fn _, acc -> acc * 2 end)
IO.inspect(x)
y = Enum.reduce(1..70, x, fn _, acc -> div(acc, 2) end)
IO.inspect(y)
IO.inspect(Integer.pow(2, 62) + Integer.pow(2, 62))
IO.inspect(-Integer.pow(2, 63) - 1)
