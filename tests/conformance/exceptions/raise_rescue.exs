# raise with a message, a module, or a module with options; rescue by module.
try do
  raise "plain message"
rescue
  e -> IO.inspect(e)
end
try do
  raise ArgumentError
rescue
  e -> IO.inspect(e)
end
try do
  raise ArgumentError, message: "custom argument message"
rescue
  e in ArgumentError -> IO.puts("caught: " <> e.message)
end
try do
  raise ArgumentError, "shorthand message"
rescue
  ArgumentError -> IO.puts("rescued by bare module name")
end
try do
  raise KeyError, key: :k, term: %{}
rescue
  e in [KeyError, ArgumentError] -> IO.puts(Exception.message(e))
end
r = try do
  :no_error
rescue
  _ -> :rescued
end
IO.inspect(r)
