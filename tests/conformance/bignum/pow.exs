# Integer.pow and ** produce bignums without overflow.
IO.puts(Integer.pow(2, 200))
IO.puts(Integer.pow(2, 64))
IO.puts(Integer.pow(2, 63))
IO.puts(Integer.pow(-3, 41))
IO.puts(Integer.pow(10, 30))
IO.puts(2 ** 100)
IO.inspect(2 ** -1)
IO.inspect(2.0 ** 10)
