# Ranges and exceptions are structs too.
r = 1..3
IO.inspect(r.__struct__)
IO.inspect(%Range{first: 1, last: 5, step: 2})
e = %RuntimeError{message: "boom"}
IO.inspect(e)
IO.inspect(e.message)
IO.inspect(%ArgumentError{})
IO.inspect(is_exception(e))
IO.inspect(Map.from_struct(e))
