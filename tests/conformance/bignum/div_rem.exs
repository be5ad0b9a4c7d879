# div/rem truncate toward zero; Integer.floor_div and Integer.mod round toward minus infinity.
for {a, b} <- [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}] do
  IO.puts("#{a} #{b}: div=#{div(a, b)} rem=#{rem(a, b)} floor_div=#{Integer.floor_div(a, b)} mod=#{Integer.mod(a, b)}")
end
big = Integer.pow(10, 40) + 7
IO.puts(div(big, 3))
IO.puts(rem(big, 3))
IO.puts(div(-big, 3))
IO.puts(rem(-big, 3))
IO.puts(div(big, Integer.pow(10, 20)))
IO.puts(rem(big, Integer.pow(10, 20)))
IO.puts(Integer.mod(-big, 1000))
