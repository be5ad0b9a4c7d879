# Every construct is an expression with a value; blocks return their last expression.
v = (
  a = 1
  b = 2
  a + b
)
IO.inspect(v)
r = for x <- [1, 2], do: x
IO.inspect(r)
res = case :a do
  :a ->
    IO.puts("side effect")
    :done
end
IO.inspect(res)
IO.inspect(if(false, do: :x))
IO.inspect((fn -> :called end).())
