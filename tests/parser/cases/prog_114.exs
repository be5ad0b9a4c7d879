if a do
  b
else
  if c do
    d
  end
end