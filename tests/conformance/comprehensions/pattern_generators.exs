# Generators with patterns skip elements that do not match.
items = [{:ok, 1}, {:error, :bad}, {:ok, 3}, :junk]
IO.inspect(for {:ok, v} <- items, do: v)
IO.inspect(for [a, b] <- [[1, 2], [3], [4, 5]], do: a + b)
IO.inspect(for %{name: n} <- [%{name: "x"}, %{}, %{name: "y", age: 1}], do: n)
IO.inspect(for <<c <- "hello">>, do: c)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for <<c::utf8 <- "héllo">>, c != ?l, into: "", do: <<c::utf8>>)
