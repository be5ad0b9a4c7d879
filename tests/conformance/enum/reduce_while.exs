# Enum.reduce_while stops with {:halt, acc}.
r = Enum.reduce_while(1..100, 0, fn x, acc ->
  if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x}
end)
IO.inspect(r)
IO.inspect(Enum.reduce_while([1, 2, 3], [], fn x, acc -> {:cont, [x | acc]} end))
IO.inspect(Enum.reduce_while([], :init, fn _, acc -> {:halt, acc} end))
