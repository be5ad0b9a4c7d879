case x do
  1 -> :a
  y when y > 2 -> :b
  _ ->
    c
    d
end