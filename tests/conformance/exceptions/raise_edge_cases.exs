# raise with unusual arguments and exception structs built by hand.
try do
  raise %RuntimeError{message: "prebuilt struct"}
rescue
  e -> IO.inspect(e)
end
try do
  raise RuntimeError.exception("via exception/1")
rescue
  e -> IO.puts(e.message)
end
try do
  raise ArgumentError, message: "with keyword"
rescue
  e -> IO.inspect(e)
end
e = try do
  raise "kept"
rescue
  err -> err
end
IO.inspect(e)
IO.inspect(Exception.message(e))
