# Default arguments with \\ generate several arities.
defmodule Greeter do
  def hello(name \\ "world", punct \\ "!") do
    "Hello, #{name}#{punct}"
  end

  def join(a, b \\ :none, c)
  def join(a, b, c), do: {a, b, c}
end

IO.puts(Greeter.hello())
IO.puts(Greeter.hello("Ann"))
IO.puts(Greeter.hello("Bob", "?"))
IO.inspect(Greeter.join(1, 3))
IO.inspect(Greeter.join(1, 2, 3))
IO.inspect(Enum.map([0, 1, 2], &function_exported?(Greeter, :hello, &1)))
