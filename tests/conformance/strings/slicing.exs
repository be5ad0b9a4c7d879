# String.slice with ranges (negative, stepped, reversed), at, split_at, first, last and reverse work on graphemes.
s = "héllo wörld"
ranges = [1..3, -3..-1, 0..-1//2, 2..-2, 5..2, 5..2//-1, 20..25, -100..2, 3..-1//3, -5..-1//2, 0..0, -1..0, 10..11, 1..-1]

for range <- ranges do
  IO.puts("#{inspect(range)}: #{inspect(String.slice(s, range))}")
end

for {start, len} <- [{1, 100}, {-3, 2}, {100, 2}, {-100, 3}, {0, 0}, {11, 1}] do
  IO.puts("slice(s, #{start}, #{len}) = #{inspect(String.slice(s, start, len))}")
end

for range <- [1..4//-1, -1..1//-1, 5..1//-2] do
  try do
    String.slice(s, range)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

combining = "e\u0301xy"
IO.inspect({String.at(combining, 0), String.at(combining, 1), String.at(combining, -1), String.at(combining, 9)})
IO.inspect(String.slice(combining, 1..2))
IO.inspect({String.split_at(s, 3), String.split_at(s, -3), String.split_at(s, 100), String.split_at("", 0)})
IO.inspect({String.first("e\u0301x"), String.last("xe\u0301"), String.first(""), String.last("")})
IO.inspect(String.reverse("héllo e\u0301 👍🏽"))

# a byte that is not UTF-8 stays in place; the runs around it are reversed each on its own
IO.inspect(String.reverse("ab" <> <<255>> <> "cd" <> <<254>> <> "ef"))
IO.inspect(String.reverse("e\u0301b" <> <<255>> <> "c\u0301d"))
