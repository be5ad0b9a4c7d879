# Addition, subtraction, multiplication across the small/big boundary.
max = 0x7FFFFFFFFFFFFFFF
IO.puts(max + 1)
IO.puts(max * max)
IO.puts(-max - 10)
a = 123_456_789_012_345_678_901_234_567_890
b = 987_654_321_098_765_432_109_876_543_210
IO.puts(a + b)
IO.puts(b - a)
IO.puts(a - b)
IO.puts(a * b)
IO.puts(-a * b)
IO.puts(a * 0)
IO.inspect(a > b)
IO.inspect(a == 123_456_789_012_345_678_901_234_567_890)
IO.inspect(abs(-a))
IO.inspect(a + 0.5)
