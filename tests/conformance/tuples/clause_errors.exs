# Tuple functions given what none of their clauses take, and sum/product of what is not a tuple of numbers
# (through apply: Elixir inlines direct calls of some Tuple functions into :erlang ones)
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

bad = fn -> nil end
report.(fn -> apply(Tuple, :insert_at, [{}, -1, 1]) end)
report.(fn -> apply(Tuple, :insert_at, [bad.(), bad.(), 1]) end)
report.(fn -> apply(Tuple, :delete_at, [{1}, -1]) end)
report.(fn -> apply(Tuple, :duplicate, [1, -1]) end)
report.(fn -> apply(Tuple, :duplicate, [1, bad.()]) end)
report.(fn -> apply(Tuple, :sum, [bad.()]) end)
report.(fn -> apply(Tuple, :product, [[1]]) end)
report.(fn -> apply(Tuple, :sum, [{1, :a, 2}]) end)
report.(fn -> apply(Tuple, :product, [{2, :b}]) end)
IO.inspect({Tuple.sum({1, 2.5, 3}), Tuple.product({2, 3}), Tuple.sum({}), Tuple.product({})})
