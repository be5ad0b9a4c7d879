# Enum.into/2,3 and `for ... into:` collect into lists, maps, MapSets and binaries, with Elixir's errors for bad elements
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

show.("list into []", fn -> Enum.into([3, 1, 2], []) end)
show.("range into []", fn -> Enum.into(1..4, []) end)
show.("map into [] with fun", fn -> Enum.into(%{a: 1}, [], fn {k, v} -> {v, k} end) end)
show.("pairs into %{}", fn -> Enum.into([a: 1, b: 2, a: 3], %{}) end)
show.("pairs into a map", fn -> Enum.into([c: 3, a: 0], %{a: 1, b: 2}) end)
show.("map into a map", fn -> Enum.into(%{b: 20}, %{a: 1, b: 2}) end)
show.("mapset into a map", fn -> Enum.into(MapSet.new([{:k, :v}]), %{a: 1}) end)
show.("range into %{} with fun", fn -> Enum.into(1..3, %{}, fn i -> {i, i * i} end) end)
show.("stream into %{}", fn -> Stream.map(1..2, &{&1, -&1}) |> Enum.into(%{}) end)
show.("into MapSet", fn -> Enum.into([1, 2, 2, 3], MapSet.new([0])) end)
show.("into MapSet with fun", fn -> Enum.into(~w(a bb cc), MapSet.new(), &String.length/1) end)
show.("strings into a binary", fn -> Enum.into(["é", "t", "é"], "l'") end)
show.("strings into a binary with fun", fn -> Enum.into([1, 2, 3], "", &Integer.to_string/1) end)
show.("bits into a binary", fn -> Enum.into([<<1::1>>, <<1::7>>], <<>>) end)

IO.puts("-- errors")
show.("non-pair into %{}", fn -> Enum.into([1, 2], %{}) end)
show.("non-pair into a map", fn -> Enum.into([1, 2], %{a: 1}) end)
show.("non-pair from a range", fn -> Enum.into(1..2, %{}) end)
show.("non-pair with fun", fn -> Enum.into([1], %{a: 1}, fn x -> {x} end) end)
show.("integer into a binary", fn -> Enum.into([1, 2], "") end)
show.("into a range", fn -> Enum.into([1], 1..2) end)
show.("into nil", fn -> Enum.into([1], nil) end)
show.("into a tuple", fn -> Enum.into([1], {}) end)
show.("from an atom", fn -> Enum.into(:x, []) end)
show.("from an atom into a map", fn -> Enum.into(:x, %{a: 1}) end)

IO.puts("-- for comprehensions")
IO.inspect(for x <- 1..3, into: %{}, do: {x, x * 10})
IO.inspect(for <<c <- "abc">>, into: MapSet.new(), do: c - ?a)
IO.inspect(for s <- ~w(x y), into: "", do: String.upcase(s))
show.("for into %{} with a non-pair", fn -> for x <- [1], into: %{}, do: x end)

IO.puts("-- Collectable by hand")
{acc, collect} = Collectable.into(%{z: 0})
acc = collect.(acc, {:cont, {:a, 1}})
IO.inspect(collect.(acc, :done))
{acc, collect} = Collectable.into([])
IO.inspect(collect.(collect.(collect.(acc, {:cont, 1}), {:cont, 2}), :done))
