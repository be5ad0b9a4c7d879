if true do
  :a
else
end