# Anonymous functions with several clauses and guards, called with f.().
add = fn a, b -> a + b end
IO.inspect(add.(1, 2))
describe = fn
  0 -> :zero
  n when n > 0 -> :pos
  _ -> :neg
end
IO.inspect(Enum.map([0, 5, -5], describe))
swap = fn {a, b} -> {b, a} end
IO.inspect(swap.({1, 2}))
IO.inspect(is_function(add))
IO.inspect(is_function(add, 2))
IO.inspect(is_function(add, 1))
IO.inspect((fn -> :no_args end).())
IO.inspect(Function.info(add, :arity))
