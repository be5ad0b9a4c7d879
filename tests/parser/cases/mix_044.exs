a = fn
  x when is_integer(x) -> 1
end