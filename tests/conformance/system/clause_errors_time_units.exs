# Time units: a deprecated one (:seconds, ...) is warned of once per unit and calling function, with the caller's stack; an unknown one raises from normalize_time_unit
defmodule Clock do
  def now(unit), do: System.monotonic_time(unit) |> is_integer()

  def twice(unit) do
    a = System.system_time(unit)
    b = System.system_time(unit)
    is_integer(a + b)
  end

  def convert(n, from, to), do: System.convert_time_unit(n, from, to) + 0
  def check(unit), do: now(unit) && :ok
end

IO.inspect(Clock.check(:seconds))
IO.inspect(Clock.check(:seconds))
IO.inspect(Clock.twice(:milliseconds))
IO.inspect(Clock.convert(3, :seconds, :milliseconds))
IO.inspect(Clock.convert(3, :second, :microseconds))
IO.inspect(Clock.now(:nanoseconds))

try do
  Clock.convert(1, :second, :minutes)
rescue
  e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 3)))
end
