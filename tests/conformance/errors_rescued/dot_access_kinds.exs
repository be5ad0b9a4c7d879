# value.key: a map's field, a module's function, or a KeyError for anything else (nil and booleans included).
for value <- [%{key: 1}, %{other: 2}, nil, true, false, 3, "text", [key: 4], Map] do
  try do
    IO.inspect(value.key)
  rescue
    e -> IO.puts(Exception.format(:error, e, []))
  end
end
