# RuntimeError: raise with a string.
try do
  raise "something went wrong"
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  raise RuntimeError
rescue
  e -> IO.inspect(e)
end
try do
  raise "interpolated #{1 + 1}"
rescue
  RuntimeError -> IO.puts("matched by module alone")
end
