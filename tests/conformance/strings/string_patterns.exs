# Matching strings: <> prefix patterns, binary patterns and case.
parse = fn
  "GET " <> path -> {:get, path}
  "POST " <> path -> {:post, path}
  <<c::utf8, _::binary>> -> {:unknown_start, <<c::utf8>>}
  "" -> :empty
end
for line <- ["GET /index", "POST /form", "éxtra", ""], do: IO.inspect(parse.(line))
<<first::binary-size(3), rest::binary>> = "abcdef"
IO.inspect({first, rest})
"key=" <> value = "key=value"
IO.inspect(value)
