# With :rand seeded, Enum.random/shuffle/take_random and :rand.uniform give exactly Elixir's (Erlang's exsss and exsplus) results
:rand.seed(:exsss, {1, 2, 3})
IO.inspect(:rand.export_seed())
IO.inspect(for _ <- 1..6, do: :rand.uniform(6))
IO.inspect(:rand.uniform())
IO.inspect(:rand.uniform(1_000_000_000_000_000_000_000_000))

IO.inspect(Enum.random(1..100))
IO.inspect(Enum.random([:rock, :paper, :scissors]))
IO.inspect(Enum.random(%{a: 1, b: 2, c: 3}))
IO.inspect(Enum.random(MapSet.new(~w(x y z))))
IO.inspect(Enum.random(Stream.map(1..10, &(&1 * 10))))
IO.inspect(Enum.shuffle(1..10))
IO.inspect(Enum.shuffle(["only"]))
IO.inspect(Enum.take_random(1..1000, 5))
IO.inspect(Enum.take_random(1..300, 200) |> Enum.take(5))
IO.inspect(Enum.take_random([:a, :b, :c], 10))
IO.inspect(Enum.take_random(~w(a b c d), 1))
IO.inspect(Enum.take_random(Stream.take(Stream.iterate(1, &(&1 * 2)), 20), 3))
IO.inspect(Enum.take_random([], 2))

# the same seed gives the same numbers again
:rand.seed(:exsss, 42)
first = Enum.take_random(1..100, 3)
:rand.seed(:exsss, 42)
IO.inspect(first == Enum.take_random(1..100, 3))

# another algorithm, and the functional forms that leave the process alone
:rand.seed(:exsplus, {1, 2, 3})
IO.inspect(for _ <- 1..5, do: :rand.uniform(100))
state = :rand.seed_s(:exsss, {4, 5, 6})
{a, state} = :rand.uniform_s(10, state)
{b, state} = :rand.uniform_s(state)
IO.inspect({a, b, :rand.export_seed_s(state)})

try do
  Enum.random([])
rescue
  e -> IO.inspect(e)
end

for f <- [fn -> :rand.uniform(0) end, fn -> :rand.seed(:nope, {1, 2, 3}) end, fn -> :rand.seed(:exsss, :bad) end, fn -> Enum.random(1..0//1) end] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
