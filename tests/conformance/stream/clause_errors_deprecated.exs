# Stream's deprecated chunk/2,3,4 given what none of their clauses take, and chunk/3's nil leftover failing as the stream runs
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

apply_stream = fn fun, args -> apply(Stream, fun, args) end
report.(fn -> apply_stream.(:chunk, [[1, 2], 0]) end)
report.(fn -> apply_stream.(:chunk, [[1, 2], 2, :a]) end)
report.(fn -> apply_stream.(:chunk, [[1, 2], 2, 0, [:x]]) end)
report.(fn -> Enum.to_list(apply_stream.(:chunk, [[1, 2, 3], 2, 2])) end)
IO.inspect(Enum.to_list(apply_stream.(:chunk, [[1, 2, 3], 2])))
IO.inspect(Enum.to_list(apply_stream.(:chunk, [[1, 2, 3], 2, 2, [:x]])))
IO.inspect(Enum.to_list(apply_stream.(:filter_map, [[1, 2, 3], fn x -> rem(x, 2) == 1 end, fn x -> x * 10 end])))
report.(fn -> Enum.to_list(apply_stream.(:filter_map, [[1, 2], fn x -> rem(x, 2) == 1 end, nil])) end)
IO.inspect(Enum.to_list(apply_stream.(:uniq, [[1, 2, 3], &rem(&1, 2)])))
