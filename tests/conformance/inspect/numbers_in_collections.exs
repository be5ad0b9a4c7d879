# Numbers of every kind inside collections.
IO.inspect([1, -1, 1.0, -1.5, 1.0e20, 1.0e-20, 100_000_000_000_000_000_000, 0.1, 3.0e10])
IO.inspect(%{float: 2.5, int: 7, big: 12345678901234567890123})
IO.inspect({0.0, -0.0, 1.0e16, 9.999999999999999e15})
IO.inspect([1 / 3, 2 / 3, 10 / 3])
IO.inspect(1.0e23)
IO.inspect(5.0e-324 * 2)
IO.inspect(Enum.map(1..5, &(&1 / 10)))
IO.inspect(Enum.map(1..5, &(:math.pow(10, &1 * 4))))
