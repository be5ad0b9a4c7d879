# Ranges in guards, in for generators, with negative steps, and Range functions.
classify = fn
  n when n in 0..9 -> :digit
  n when n in 10..99//1 -> :two_digits
  _ -> :big
end
IO.inspect(Enum.map([5, 50, 500], classify))
IO.inspect(for i <- 10..0//-3, do: i)
IO.inspect(Enum.to_list(-5..-1))
IO.inspect(Enum.slice(1..100, 10..12))
IO.inspect(Enum.count(1..10//-1))
IO.inspect(Range.size(10..1//-1))
IO.inspect(Enum.member?(1..10//3, 7))
IO.inspect(Enum.reduce(1..4, 1, &*/2))
IO.inspect(Range.shift(1..3, 2) |> Enum.to_list())
