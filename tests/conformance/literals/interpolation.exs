# String interpolation calls to_string on any value implementing String.Chars.
name = "world"
n = 42
IO.puts("hello #{name}")
IO.puts("n=#{n} f=#{1.5} a=#{:atom} nil=[#{nil}] list=#{[?a, ?b]}")
IO.puts("nested #{"inner #{n + 1}"}")
IO.puts("expr #{if n > 40, do: "big", else: "small"}")
IO.puts("#{n}#{n}")
IO.puts("#{}empty")
IO.puts("math #{1 + 2 * 3}")
