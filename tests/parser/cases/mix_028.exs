case x do
  a, b -> 1
end