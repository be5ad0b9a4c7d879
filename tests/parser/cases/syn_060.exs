fn
  1 -> 2
  x -> x
end