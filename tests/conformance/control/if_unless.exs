# if/unless with else; they return nil when no branch runs.
IO.inspect(if true, do: 1, else: 2)
IO.inspect(if nil, do: 1, else: 2)
IO.inspect(if false, do: 1)
IO.inspect(unless false, do: :ran)
IO.inspect(unless true, do: :ran)
IO.inspect(unless 1 > 2, do: :a, else: :b)
x = 10
msg = if x > 5 do
  "big"
else
  "small"
end
IO.puts(msg)
if x == 10 do
  IO.puts("ten")
end
y = if x > 0, do: (z = x * 2; z + 1)
IO.inspect(y)
