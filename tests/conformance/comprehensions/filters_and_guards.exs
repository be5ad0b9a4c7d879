# for: filters that bind variables, generators with guards, several generators and filters, reduce with guarded clauses
# a filter may bind: what it binds is seen by the qualifiers after it and the body
IO.inspect(for x <- 1..4, y = x * x, y > 4, do: {x, y})
IO.inspect(for word <- ["apple", "kiwi", "banana"], len = String.length(word), len > 4, do: {word, len})

# a generator pattern may have a guard; elements it rejects are skipped
IO.inspect(for x when is_integer(x) <- [1, :a, 2, "b", 3], do: x * 10)
IO.inspect(for {name, age} when age >= 18 <- [{"ann", 20}, {"bob", 12}, {"cy", 18}], do: name)
IO.inspect(for {:ok, v} when v > 1 <- [{:ok, 1}, :error, {:ok, 2}, {:ok, 3}], do: v)

# several generators, filters in between
IO.inspect(for i <- 1..3, j <- i..3, i != j, do: {i, j})
IO.inspect(for x <- [3, 1, 2], y <- 1..x, uniq: true, do: y)
IO.inspect(for x <- 1..10, rem(x, 2) == 0, x > 4, do: x)

# reduce with clauses and guards on the accumulator
sum =
  for x <- 1..4, reduce: 0 do
    acc when x > 2 -> acc + x * 100
    acc -> acc + x
  end

IO.inspect(sum)

{count, items} =
  for x <- [:a, :b, :c], reduce: {0, []} do
    {n, list} -> {n + 1, [x | list]}
  end

IO.inspect({count, items})

# into: maps, strings, MapSets, and a map with entries already in it
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for c <- ~c"abc", into: "", do: <<c + 1>>)
IO.inspect(for x <- [2, 1, 2], into: MapSet.new(), do: x)
IO.inspect(for x <- 1..3, into: %{start: 0}, do: {x, x * x})
IO.inspect(for <<c <- "hello">>, c in ?a..?l, into: "", do: <<c>>)

# nothing to iterate
IO.inspect(for x <- [], do: x)
IO.inspect(for x <- [1, 2], x > 5, into: %{}, do: {x, x})

try do
  for x <- [1, 2], reduce: 0 do
    0 -> x
  end
rescue
  e -> IO.inspect(e)
end
