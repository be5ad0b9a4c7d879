# Float comparison and matching: 1 == 1.0 but patterns distinguish them.
IO.inspect(0.0 == -0.0)
IO.inspect(1 == 1.0)
m = fn
  1 -> :int_one
  1.0 -> :float_one
  _ -> :other
end
IO.inspect({m.(1), m.(1.0), m.(2)})
IO.inspect(Enum.sort([2.0, 1, 1.5, 0.5]))
IO.inspect(Enum.uniq([1, 1.0]))
IO.inspect(%{1 => :a}[1.0])
IO.inspect(0.1 + 0.2 == 0.3)
IO.inspect(abs(0.1 + 0.2 - 0.3) < 1.0e-15)
IO.inspect(1.0e-7 < 0)
IO.inspect(max(0, -0.0))
