# :timer.tc/1,2,3 as in Erlang/OTP 25: {microseconds, result}, measured on
# the monotonic clock (the benchmarks use it), and :timer.sleep/1.
defmodule :timer do
  def tc(fun) when is_function(fun, 0), do: measure(fn -> fun.() end)
  def tc(fun, args) when is_function(fun) and is_list(args), do: measure(fn -> :erlang.apply(fun, args) end)
  def tc(m, f, a) when is_atom(m) and is_atom(f) and is_list(a), do: measure(fn -> :erlang.apply(m, f, a) end)

  # A receive waits at most 2^32 - 1 ms, so a longer sleep is several
  # waits. Anything but a time (or :infinity) fails as such a receive
  # fails, with :timeout_value.
  @longest_wait 4_294_967_295

  def sleep(time) do
    wait = if is_integer(time) and time > @longest_wait, do: @longest_wait, else: time

    receive do #@ 219
    after
      wait -> :ok #@ 219
    end

    if wait == time, do: :ok, else: sleep(time - wait)
  end

  defp measure(thunk) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = thunk.()
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end
end
