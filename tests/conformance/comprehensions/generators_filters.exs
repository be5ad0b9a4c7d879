# for with several generators and filters.
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..10, rem(x, 2) == 0, do: x * x)
IO.inspect(for x <- 1..4, y <- 1..4, x < y, x + y == 5, do: {x, y})
IO.inspect(for x <- [], do: x)
IO.inspect(for x <- 1..3, y <- 1..x, do: y)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, do: {v, k})
IO.inspect(for x <- 1..20, is_integer(x), rem(x, 3) == 0, rem(x, 2) == 1, do: x)
