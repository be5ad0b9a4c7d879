# BEAM adds a small integer literal inside the function itself: n + 1, 1 + n and n - 1 fail in the function's own frame with no operands, while other arithmetic fails in an :erlang frame that has them
defmodule Counter do
  def inc(n), do: n + 1
  def inc_left(n), do: 1 + n
  def dec(n), do: n - 1
  def add_negative(n), do: n + -3
  def minus_negative(n), do: n - -1
  def from_five(n), do: 5 - n
  def add(a, b), do: a + b
  def double(n), do: n * 2
  def half(n), do: div(n, 2)
  def step(n), do: Enum.map([1, 2], fn x -> x + n + 1 end)
end

report = fn label, f ->
  try do
    f.()
  rescue
    e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)}, label: label)
  end
end

report.("n + 1", fn -> Counter.inc(nil) end)
report.("1 + n", fn -> Counter.inc_left(nil) end)
report.("n - 1", fn -> Counter.dec(nil) end)
report.("n + -3", fn -> Counter.add_negative(nil) end)
report.("n - -1", fn -> Counter.minus_negative(nil) end)
report.("5 - n", fn -> Counter.from_five(nil) end)
report.("a + b", fn -> Counter.add(nil, 1) end)
report.("n * 2", fn -> Counter.double(nil) end)
report.("div(n, 2)", fn -> Counter.half(nil) end)
report.("in a fn", fn -> Counter.step(:x) end)

# a script's own code is compiled as Erlang's evaluator would: every failure names the operator
n = List.first([nil])
report.("script n + 1", fn -> n + 1 end)
report.("script n - 1", fn -> n - 1 end)
report.("script n + -3", fn -> n + -3 end)
report.("script n - -1", fn -> n - -1 end)
report.("script n - 0", fn -> n - 0 end)
