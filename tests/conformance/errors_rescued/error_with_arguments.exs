# :erlang.error(reason, args) puts args in the top frame in place of the arity.
defmodule Checked do
  def half(n) when is_integer(n), do: div(n, 2)
  def half(n), do: :erlang.error(:badarg, [n])

  def pair(a, b), do: :erlang.error({:not_a_pair, a, b}, [a, b])
end

for f <- [fn -> Checked.half(:x) end, fn -> Checked.pair(1, "b") end, fn -> Map.fetch(:no, :k) end] do
  try do
    f.()
  rescue
    e ->
      [{mod, fun, args, _} | _] = __STACKTRACE__
      IO.inspect({mod, fun, args})
      IO.puts(Exception.message(e))
  end
end
