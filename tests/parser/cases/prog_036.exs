unless x do
  1
end