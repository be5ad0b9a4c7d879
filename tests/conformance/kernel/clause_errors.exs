# Kernel's nested access and struct functions given what none of their clauses take: Elixir's clauses, helpers and lines
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(3)))
  end
end

bad = fn -> nil end
two = &Map.merge/2
report.(fn -> get_in(%{}, bad.()) end)
report.(fn -> get_in(%{a: 1}, [:a | :b]) end)
report.(fn -> get_in(bad.(), [:a | :b]) end)
report.(fn -> get_in(%{a: 1}, [:a, :b]) end)
report.(fn -> put_in(%{}, [], 1) end)
report.(fn -> put_in(%{}, [:a, :b], 2) end)
report.(fn -> update_in(%{}, [], &Function.identity/1) end)
report.(fn -> update_in(%{a: 1}, [:a], bad.()) end)
report.(fn -> update_in(%{a: 1}, [:a], two) end)
report.(fn -> get_and_update_in(%{}, [], &Function.identity/1) end)
report.(fn -> get_and_update_in(%{a: 1}, [:a], two) end)
report.(fn -> get_and_update_in(%{a: 1}, [:a], & &1) end)
report.(fn -> pop_in(%{}, []) end)
report.(fn -> pop_in(bad.(), [:a]) end)
report.(fn -> pop_in(%{a: 1}, [:a, :b]) end)
report.(fn -> struct(Range, [1]) end)
report.(fn -> struct(Map, []) end)
report.(fn -> struct!(1, x: 1) end)
report.(fn -> struct!(1..2, x: 1) end)
report.(fn -> struct!(1..2, [1]) end)
report.(fn -> {struct(Range, %{first: 1}), struct(1..2, first: 5, x: 1), pop_in([a: [b: 2]], [:a, :b])} end)
report.(fn -> Keyword.get_and_update([a: 1], :a, & &1) end)
report.(fn -> Keyword.get_and_update([b: 1], :a, & &1) end)
report.(fn -> Keyword.get_and_update!([a: 1], :a, & &1) end)
