# Several modules in one file can call each other.
defmodule Counter do
  def count(list), do: Helper.len(list, 0)
end

defmodule Helper do
  def len([], n), do: n
  def len([_ | t], n), do: len(t, n + 1)
end

defmodule Printer do
  def show(x), do: IO.puts("count: #{Counter.count(x)}")
end

Printer.show([1, 2, 3])
Printer.show([])
