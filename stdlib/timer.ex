# :timer.tc/1,2,3 as in Erlang/OTP 25: {microseconds, result}, measured on
# the monotonic clock (the benchmarks use it).
defmodule :timer do
  def tc(fun) when is_function(fun, 0), do: measure(fn -> fun.() end)
  def tc(fun, args) when is_function(fun) and is_list(args), do: measure(fn -> :erlang.apply(fun, args) end)
  def tc(m, f, a) when is_atom(m) and is_atom(f) and is_list(a), do: measure(fn -> :erlang.apply(m, f, a) end)

  defp measure(thunk) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = thunk.()
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end
end
