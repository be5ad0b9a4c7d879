# after always runs; else handles the value when no error happened.
f = fn x ->
  try do
    if x == :boom, do: raise("boom"), else: x
  rescue
    e in RuntimeError -> {:rescued, e.message}
  else
    :ok -> :was_ok
    other -> {:else, other}
  after
    IO.puts("after runs for #{inspect(x)}")
  end
end

IO.inspect(f.(:ok))
IO.inspect(f.(:other))
IO.inspect(f.(:boom))
try do
  try do
    throw(:inner)
  after
    IO.puts("inner after")
  end
catch
  v -> IO.inspect({:outer_caught, v})
end
