# Range.disjoint? decides stepped and huge ranges without walking them; sizes, shifts, membership and sums of stepped and empty ranges
pairs = [
  {1..5, 6..9},
  {1..5, 5..9},
  {9..1//-1, 3..4},
  {1..10//2, 2..10//2},
  {1..100//3, 2..100//5},
  {0..30//6, 4..30//4},
  {1..1_000_000_000, 999_999_999..2_000_000_000},
  {1..1_000_000_000_000//7, 2..1_000_000_000_000//7},
  {1..0//1, 0..1},
  {5..1//1, 1..5}
]

for {a, b} <- pairs do
  IO.puts("#{inspect(a)} disjoint from #{inspect(b)}: #{Range.disjoint?(a, b)}")
end

for r <- [1..10//3, 10..1//-3, 1..0//1, 5..5, -3..3//2, 10..1] do
  IO.puts("#{inspect(r)}: size #{Range.size(r)}, list #{inspect(Enum.to_list(r))}, sum #{Enum.sum(r)}, 4 in it #{4 in r}")
end

IO.inspect(Range.shift(1..10//2, 2))
IO.inspect(Range.shift(10..1//-1, 3))
IO.inspect(Enum.sum(1..1_000_000_000))
IO.inspect(Enum.count(1..1_000_000_000_000//3))
IO.inspect(Enum.member?(1..1_000_000_000_000//3, 999_999_999_997))
IO.inspect(Enum.take(1..1_000_000_000_000, 3))
IO.inspect(Range.new(1, 10, 4))

try do
  Range.new(1, 10, 0)
rescue
  e -> IO.puts(Exception.message(e))
end
