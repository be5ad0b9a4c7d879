# Calls of built-ins with literal arguments that must fail are warned about at compile time (after the module's other warnings)
defmodule Risky do
  def divide, do: 1 / 0
  def first, do: hd([])
  def second(list), do: tl(list)
  def third, do: elem({:a, :b}, 2)

  def parse do
    text = "12x"
    String.to_integer(text)
  end
end

for f <- [:divide, :first, :third, :parse] do
  try do
    apply(Risky, f, [])
  rescue
    e -> IO.puts("#{f}: #{inspect(e.__struct__)}")
  end
end

zero = 0

try do
  IO.inspect(10 / zero)
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

try do
  IO.inspect(1 + :one)
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

try do
  IO.inspect(div(7, 0))
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

try do
  IO.inspect(:a ++ [1])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  IO.inspect(Integer.to_string(:nope))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

IO.inspect([1] ++ :improper_tail_is_fine)
IO.inspect(Risky.second([1, 2]))
