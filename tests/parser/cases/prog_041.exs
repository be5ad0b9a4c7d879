quote do
  unquote(x) + 1
end