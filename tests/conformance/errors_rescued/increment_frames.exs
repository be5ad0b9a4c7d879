# Arithmetic that fails in BEAM's increment (x + 1, 1 + x, x - 1, +x, also written :erlang.+(x, 1)) or in float division shows no :erlang frame; other operations do
defmodule Ar do
  def a(x), do: x + 1
  def b(x), do: x - 1
  def c(x), do: 1 + x
  def d(x, y), do: x + y
  def e(x), do: x * 2
  def g(x), do: -x
  def h(x), do: x + 1.0
  def l(x), do: 2 - x
  def m(x), do: x + 100_000_000_000_000_000_000
  def n(x), do: [x + 1]
  def o(x), do: x + -1
  def q(x), do: :erlang.+(x, 1)
  def r(x), do: :erlang.+(x)
  def s(x, y), do: :erlang./(x, y)
  def t(x, y), do: :erlang.*(x, y)
end

for {f, args} <- [a: [nil], b: [nil], c: [nil], d: [nil, 1], e: [nil], g: [nil], h: [nil], l: [nil], m: [nil], n: [nil], o: [nil], q: [nil], r: [nil], s: [nil, 1], t: [nil, 2]] do
  try do
    apply(Ar, f, args)
  rescue
    e -> IO.puts("#{f}: #{Exception.message(e)} | #{Exception.format_stacktrace_entry(hd(__STACKTRACE__))}")
  end
end

for {f, args} <- [elem: [{1}, nil], put_elem: [{1}, nil, 2], +: [nil], -: [nil], /: [nil, 1], +: [nil, 1]] do
  try do
    apply(Kernel, f, args)
  rescue
    e -> IO.puts("Kernel.#{f}: #{Exception.message(e)} | #{Exception.format_stacktrace_entry(hd(__STACKTRACE__))}")
  end
end

IO.inspect({Ar.a(1), Ar.c(2.5), Ar.o(10), Ar.q(-1), Ar.r(3.0), elem({1, 2}, 1), put_elem({1, 2}, 0, :x)})
