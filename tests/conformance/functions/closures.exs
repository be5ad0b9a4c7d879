# Closures capture the values of variables at creation time.
x = 10
add_x = fn y -> x + y end
x = 20
IO.inspect(add_x.(1))
IO.inspect(x)
make_counter = fn start -> fn step -> start + step end end
c = make_counter.(100)
IO.inspect(c.(5))
adders = for i <- 1..3, do: fn n -> n + i end
# [11, 12, 13] happens to be a printable charlist
IO.inspect(Enum.map(adders, & &1.(10)))
compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(&(&1 + 1), &(&1 * 2))
IO.inspect(inc_then_double.(4))
