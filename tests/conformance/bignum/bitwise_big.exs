# Bitwise operations on bignums and negative numbers.
import Bitwise
big = Integer.pow(2, 100)
IO.inspect(band(big + 255, 0xF0))
IO.inspect(bor(big, 1))
IO.inspect(bxor(big, big))
IO.inspect(bsl(1, 100) == big)
IO.inspect(bsr(big, 90))
IO.inspect(bnot(big))
IO.inspect(bsl(-1, 70))
IO.inspect(bsr(-big, 99))
