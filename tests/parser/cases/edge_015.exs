case x do
  1 -> :a
  2 ->
end