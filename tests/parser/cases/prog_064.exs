foo bar, baz do
  :ok
end