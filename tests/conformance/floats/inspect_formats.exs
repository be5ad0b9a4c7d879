# The shortest representation that round-trips, switching to exponent form at 1.0e16 and below 1.0e-4.
for f <- [1.0e15, 1.0e16, 1.0e17, 0.001, 0.0001, 0.00001, 123.0, 1.0e100, 5.0e-324, 1.7976931348623157e308, 4.35, 0.3, 2.0e-5, 1234567.0] do
  IO.inspect(f)
end
IO.inspect([0.1, 0.25, 1.0e-10], label: "list")
