# An operator without its right operand.
x = 1 +
IO.inspect(x)
IO.inspect(2 * )
