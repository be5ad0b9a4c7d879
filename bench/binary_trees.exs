# The benchmarks-game binary-trees program (depth 16): allocation and GC of tuples.
defmodule BinaryTrees do
  def make(0), do: {nil, nil}
  def make(d), do: {make(d - 1), make(d - 1)}

  def check({nil, nil}), do: 1
  def check({l, r}), do: 1 + check(l) + check(r)

  def run(n) do
    max_depth = max(6, n)
    stretch = max_depth + 1
    out = ["stretch tree of depth #{stretch}\t check: #{check(make(stretch))}"]
    long_lived = make(max_depth)

    out =
      Enum.reduce(4..max_depth//2, out, fn d, acc ->
        iters = Integer.pow(2, max_depth - d + 4)
        sum = Enum.reduce(1..iters, 0, fn _, s -> s + check(make(d)) end)
        ["#{iters}\t trees of depth #{d}\t check: #{sum}" | acc]
      end)

    out = ["long lived tree of depth #{max_depth}\t check: #{check(long_lived)}" | out]
    Enum.reverse(out)
  end
end

{us, lines} = :timer.tc(fn -> BinaryTrees.run(16) end)
Enum.each(lines, &IO.puts/1)
IO.puts(:stderr, "time_us #{us}")
