# Captures of every form (&(&1 * 2), &{&1, &2}, &[&1 | &2], &Mod.fun/2, &local/1, &is_atom/1, & &1.field), fn clauses, closures over loop variables, pins
defmodule M do
  defstruct [:name, :age]
  def double(x), do: x * 2
  def add(a, b), do: a + b
  defp priv(x), do: x + 100
  def use_priv, do: Enum.map([1, 2], &priv/1)
  def local_cap, do: Enum.map([1, 2], &double/1)
end
IO.inspect Enum.map([1, 2, 3], &(&1 * 2))
IO.inspect Enum.map([1, 2], &{&1, &1})
IO.inspect Enum.zip_with([1, 2], [3, 4], &{&1, &2})
IO.inspect Enum.zip_with([1, 2], [[3], [4]], &[&1 | &2])
IO.inspect Enum.map([1, 2], &M.double/1)
IO.inspect Enum.reduce([1, 2, 3], 0, &M.add/2)
IO.inspect Enum.filter([1, :a, "b"], &is_atom/1)
IO.inspect M.use_priv()
IO.inspect M.local_cap()
f = &M.add/2
IO.inspect f.(1, 2)
IO.inspect is_function(f, 2)
IO.inspect Function.info(f, :arity)
IO.inspect Enum.map([%{name: "a"}, %{name: "b"}], &(&1.name))
IO.inspect Enum.map([%{a: 1}], & &1.a)
g = &(&1 <> "!" <> &2)
IO.inspect g.("a", "b")
h = &Kernel.+/2
IO.inspect h.(3, 4)
IO.inspect (&+/2).(1, 2)
IO.inspect Enum.map(["a", "b"], &String.upcase/1)
IO.inspect Enum.map([1, 2], &(to_string(&1) <> "x"))
k = &(&1)
IO.inspect k.(5)
IO.inspect Enum.map([[1, 2], [3]], &length/1)
IO.inspect (&List.first/1).([9])
IO.inspect Enum.sort([3, 1, 2], &>=/2)
IO.inspect Enum.map([1, 2], &if(&1 > 1, do: :big, else: :small))
fun = fn
  x when is_integer(x) and x > 0 -> :pos
  0 -> :zero
  x when is_integer(x) -> :neg
  _ -> :other
end
IO.inspect Enum.map([1, 0, -1, :a], fun)
fs = for i <- 1..3, do: fn -> i * 10 end
IO.inspect Enum.map(fs, & &1.())
x = 5
matcher = fn
  ^x -> :five
  _ -> :other
end
IO.inspect {matcher.(5), matcher.(6)}
case 5 do
  ^x -> IO.puts "pinned"
end
IO.inspect Enum.map([{1, 2}], fn {a, b} -> a + b end)
counter = fn
  _f, 0, acc -> acc
  f, n, acc -> f.(f, n - 1, acc + n)
end
IO.inspect counter.(counter, 10, 0)
IO.inspect (fn -> :noargs end).()
try do
  nf = Enum.at([:notfun], 0)
  nf.(1)
rescue
  e -> IO.inspect(e); IO.puts Exception.message(e)
end
