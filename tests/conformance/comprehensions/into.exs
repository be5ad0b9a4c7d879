# into: collects into maps, strings or other collectables.
IO.inspect(for x <- 1..3, into: %{}, do: {x, x * x})
IO.inspect(for s <- ["a", "b", "c"], into: "", do: String.upcase(s))
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {k, v * 10})
IO.inspect(for x <- [1, 2], into: [], do: x)
IO.inspect(for x <- 1..3, into: %{existing: true}, do: {x, :v})
IO.inspect(Enum.into([a: 1, b: 2], %{}))
IO.inspect(Enum.into(%{x: 1}, []))
IO.inspect(Enum.into(["x", "y"], "start:"))
