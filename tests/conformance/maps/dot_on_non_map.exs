# The dot on something that is neither a map nor a module raises KeyError with a hint.
for v <- [1, "s", [1], {1}, %{a: 1}] do
  try do
    IO.inspect(v.foo)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
