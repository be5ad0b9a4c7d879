# receive clauses with guards: a message is taken by the first clause whose guard holds.
defmodule G do
  def classify do
    receive do
      {:n, x} when is_integer(x) and x > 100 -> {:big, x}
      {:n, x} when is_integer(x) and rem(x, 2) == 0 -> {:even, x}
      {:n, x} when is_integer(x) -> {:odd, x}
      {:n, x} when is_float(x) or is_binary(x) -> {:other, x}
    end
  end
end

for m <- [{:n, 500}, {:n, 4}, {:n, 7}, {:n, 1.5}, {:n, "s"}], do: send(self(), m)
for _ <- 1..5, do: IO.inspect(G.classify())
