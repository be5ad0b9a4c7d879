with {:ok, a} <- fetch(:a),
     {:ok, b} <- fetch(:b) do
  a + b
else
  :error -> 0
end