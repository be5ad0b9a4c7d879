# Range functions given what none of their clauses take: Elixir's first..last//step heads, guards and lines
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(1)))
  end
end

bad = fn -> nil end
report.(fn -> Range.new(bad.(), 1) end)
report.(fn -> Range.new(1, 2, bad.()) end)
report.(fn -> Range.new(1, 2, 0) end)
report.(fn -> Range.size(bad.()) end)
report.(fn -> Range.size(%{first: 1, last: 3, step: 1}) end)
report.(fn -> Range.size(%{__struct__: Range, first: 1, last: 4}) end)
report.(fn -> Range.size(%{__struct__: Range, first: 1, last: bad.()}) end)
report.(fn -> Range.size(%Range{first: 1, last: 3, step: 0}) end)
report.(fn -> Range.shift(1..2, :a) end)
report.(fn -> Range.shift(bad.(), 1) end)
report.(fn -> Range.shift(%Range{first: 1, last: 3, step: bad.()}, 1) end)
report.(fn -> Range.disjoint?(1..2, bad.()) end)
report.(fn -> Range.disjoint?([1], 1..2) end)
report.(fn -> {Range.size(10..1//-4), Range.shift(10..0//-2, -1), Range.disjoint?(1..10//2, 2..10//2)} end)

defmodule Steps do
  def count(first..last//step), do: {first, last, step}
end

report.(fn -> Steps.count(1..9//4) end)
report.(fn -> Steps.count(bad.()) end)
