# Bignums compare, sort, print in any base and round-trip through strings.
list = [Integer.pow(2, 70), -Integer.pow(2, 70), 0, 1.0e30, 12]
IO.inspect(Enum.sort(list))
IO.inspect(Integer.to_string(Integer.pow(2, 70), 16))
IO.inspect(Integer.to_string(-Integer.pow(3, 50), 36))
IO.inspect(String.to_integer("123456789012345678901234567890"))
IO.inspect(Integer.parse("-99999999999999999999999 rest"))
IO.inspect(Integer.pow(2, 70) == 1180591620717411303424.0)
IO.inspect(Integer.pow(2, 70) * 1.0)
IO.inspect(Integer.gcd(Integer.pow(2, 80), Integer.pow(6, 40)))
