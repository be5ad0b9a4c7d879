try do
  a
rescue
  e in RuntimeError -> e
catch
  :exit, x -> x
after
  z
end