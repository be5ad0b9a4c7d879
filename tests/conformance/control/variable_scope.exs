# Variables bound inside case/if/fn do not leak out; rebinding is local.
x = 1
if true do
  _x = 2
end
IO.inspect(x)
y = case 1 do
  1 -> x = 100
       x + 1
end
IO.inspect({x, y})
f = fn -> x = :inner; x end
IO.inspect({f.(), x})
for x <- [5, 6], do: x
IO.inspect(x)
x = x + 1
IO.inspect(x)
