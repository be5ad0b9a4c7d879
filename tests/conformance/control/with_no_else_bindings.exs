# with without else returns the first non-matching value; bare expressions always match.
r = with a <- 1, b = a + 1, {:ok, c} <- {:ok, b * 10} do
  {a, b, c}
end
IO.inspect(r)
IO.inspect(with {:ok, v} <- :error, do: v)
IO.inspect(with [h | _] <- [], do: h)
IO.inspect(with {:ok, x} <- {:ok, 1}, {:ok, y} <- {:ok, x + 1}, do: x + y)
