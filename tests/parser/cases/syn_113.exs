f do
  x -> y
  z -> w
else
  1
end
