a do
  x
  y -> z
end
