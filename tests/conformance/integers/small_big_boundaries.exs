# Arithmetic across machine-word boundaries (2^59, 2^60, 2^63, 2^64) must stay exact.
for e <- [58, 59, 60, 61, 62, 63, 64] do
  p = Integer.pow(2, e)
  IO.puts("2^#{e}: #{p - 1} #{p} #{p + 1} #{-p} #{-p - 1} #{p * 2} #{p * p}")
end
a = Integer.pow(2, 59) - 1
IO.inspect(a + 1 - 1 == a)
IO.inspect(a * 3)
IO.inspect(div(a * 3, 3) == a)
IO.inspect(-a - 2)
IO.inspect(rem(Integer.pow(2, 60) + 5, 7))
IO.inspect(abs(-Integer.pow(2, 63)))
IO.inspect(Integer.pow(2, 63) - Integer.pow(2, 63) === 0)
IO.inspect(Enum.reduce(1..64, 1, fn _, acc -> acc * 2 end) == Integer.pow(2, 64))
IO.inspect(Enum.reduce(1..64, Integer.pow(2, 64), fn _, acc -> div(acc, 2) end))
IO.inspect(is_integer(Integer.pow(2, 64)))
