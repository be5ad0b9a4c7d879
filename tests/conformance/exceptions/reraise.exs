# reraise keeps the exception but lets an outer handler see it.
try do
  try do
    raise ArgumentError, "original"
  rescue
    e ->
      IO.puts("logging: " <> Exception.message(e))
      reraise e, __STACKTRACE__
  end
rescue
  e in ArgumentError -> IO.puts("outer got: " <> e.message)
end
try do
  try do
    raise "first"
  rescue
    _ -> raise "second"
  end
rescue
  e -> IO.puts("outer got: " <> e.message)
end
try do
  reraise "string reraise", []
rescue
  e -> IO.inspect(e)
end
