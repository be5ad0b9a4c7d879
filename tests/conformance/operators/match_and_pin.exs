# = matches and binds; ^ pins an existing value; _ ignores.
x = 1
IO.inspect(x)
x = 2
IO.inspect(x)
{a, b} = {1, 2}
IO.inspect(a + b)
^x = 2
IO.puts("pinned match ok")
{^x, y} = {2, :y}
IO.inspect(y)
{_, _, third} = {1, 2, 3}
IO.inspect(third)
{same, same} = {7, 7}
IO.inspect(same)
[c | _] = [head = :h, :t]
IO.inspect({c, head})
result = case 3 do
  ^x -> :was_two
  other -> {:other, other}
end
IO.inspect(result)
v = w = 9
IO.inspect({v, w})
