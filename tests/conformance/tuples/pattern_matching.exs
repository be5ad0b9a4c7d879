# Tuple patterns: tagged tuples, nested tuples, size mismatch falls through.
results = [{:ok, 1}, {:error, "bad"}, {:ok, {:nested, 2}}, {1, 2, 3}]
for r <- results do
  case r do
    {:ok, {:nested, v}} -> IO.puts("nested #{v}")
    {:ok, v} -> IO.puts("ok #{v}")
    {:error, msg} -> IO.puts("error #{msg}")
    {_, _, _} = t -> IO.puts("triple #{tuple_size(t)}")
  end
end
{a, {b, c}} = {1, {2, 3}}
IO.inspect(a + b + c)
