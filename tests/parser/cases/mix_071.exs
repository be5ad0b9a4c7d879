f(x) do
  1
rescue
  _ -> 2
end