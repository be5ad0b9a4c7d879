x =
  case y do
    1 -> 2
  end