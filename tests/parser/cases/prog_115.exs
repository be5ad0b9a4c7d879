case {a, b} do
  {x, x} -> :same
  {_, _} -> :diff
end