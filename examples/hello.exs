# A first look at vial: modules, pattern matching, pipes, maps and big numbers.
defmodule Hello do
  def greet(name), do: "Hello, #{name}!"

  def describe({:ok, value}), do: "got #{inspect(value)}"
  def describe({:error, reason}), do: "failed: #{reason}"

  def factorial(0), do: 1
  def factorial(n) when n > 0, do: n * factorial(n - 1)
end

IO.puts(Hello.greet("world"))

~w(apple banana cherry)
|> Enum.map(&String.capitalize/1)
|> Enum.join(", ")
|> IO.puts()

IO.puts(Hello.describe({:ok, %{answer: 42}}))
IO.puts(Hello.describe({:error, "no coffee"}))

counts = Enum.frequencies(String.graphemes("mississippi"))
IO.inspect(counts, label: "letters")

squares = for n <- 1..10, rem(n, 2) == 0, do: n * n
IO.inspect(squares, label: "even squares")

IO.puts("30! = #{Hello.factorial(30)}")
