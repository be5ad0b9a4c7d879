case x do
  1 -> :a