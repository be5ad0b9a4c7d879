# Calling a function that does not exist suggests the names it may have meant:
# the same name at other arities, else close names.
defmodule Greeter do
  def hello(name), do: "hello #{name}"
  def hello(name, punctuation), do: "hello #{name}#{punctuation}"
  def help, do: :help
end

mod = Greeter
IO.puts(mod.hello("world"))
mod.helo("world")
