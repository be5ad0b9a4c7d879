# Matching lists by shape, head/tail and fixed elements.
[a, b, c] = [1, 2, 3]
IO.inspect({a, b, c})
[first | rest] = 'hello'
IO.inspect({first, rest})
[x, y | tail] = [1, 2, 3, 4]
IO.inspect({x, y, tail})
[_, [inner | _] | _] = [0, [:deep, :er], 9]
IO.inspect(inner)
case [1, 2] do
  [] -> IO.puts("empty")
  [_] -> IO.puts("one")
  [_, _] -> IO.puts("two")
  _ -> IO.puts("many")
end
"pre" <> _ = "prefix"
IO.puts("ok")
