# An anonymous function recurses by receiving itself as an argument.
fact = fn
  _self, 0 -> 1
  self, n -> n * self.(self, n - 1)
end
IO.puts(fact.(fact, 30))
fib = fn f, n -> if n < 2, do: n, else: f.(f, n - 1) + f.(f, n - 2) end
IO.inspect(Enum.map(0..15, &fib.(fib, &1)))
