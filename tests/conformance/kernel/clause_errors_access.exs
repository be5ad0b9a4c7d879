# Access and its accessors given what none of their clauses take, or data of the wrong kind: Elixir's clauses, helpers and lines
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
report.(fn -> Access.fetch(1, :a) end)
report.(fn -> Access.fetch({1}, 0) end)
report.(fn -> Access.fetch([a: 1], "a") end)
report.(fn -> Access.fetch(1..2, :first) end)
report.(fn -> Access.fetch!(%{}, :a) end)
report.(fn -> Access.fetch!(bad.(), :a) end)
report.(fn -> Access.fetch!(1, :a) end)
report.(fn -> Access.get(1, :a) end)
report.(fn -> Access.get([a: 1], 1, 0) end)
report.(fn -> Access.get(1..2, :first) end)
report.(fn -> Access.get_and_update(1, :a, &Function.identity/1) end)
report.(fn -> Access.get_and_update(bad.(), :a, &Function.identity/1) end)
report.(fn -> Access.get_and_update(1..2, :first, &Function.identity/1) end)
report.(fn -> Access.get_and_update([a: 1], :a, & &1) end)
report.(fn -> Access.pop(1, :a) end)
report.(fn -> Access.pop(bad.(), :a) end)
report.(fn -> Access.pop(1..2, :first) end)
report.(fn -> get_in(1, [Access.key(:a)]) end)
report.(fn -> get_and_update_in(%{a: 1}, [Access.key(:a)], & &1) end)
report.(fn -> get_in([a: 1], [Access.key!(:a)]) end)
report.(fn -> put_in(%{}, [Access.key!(:a)], 1) end)
report.(fn -> Access.elem(-1) end)
report.(fn -> get_in([1], [Access.elem(0)]) end)
report.(fn -> put_in({1}, [Access.elem(3)], 1) end)
report.(fn -> pop_in({1}, [Access.elem(0)]) end)
report.(fn -> Access.at(:a) end)
report.(fn -> put_in(%{}, [Access.at(0)], 1) end)
report.(fn -> get_and_update_in([1], [Access.at(0)], & &1) end)
report.(fn -> Access.at!(:a) end)
report.(fn -> get_in([1], [Access.at!(3)]) end)
report.(fn -> put_in([1], [Access.at!(3)], 1) end)
report.(fn -> put_in([1], [Access.at!(-3)], 1) end)
report.(fn -> get_in(%{}, [Access.all()]) end)
report.(fn -> get_and_update_in([1], [Access.all()], & &1) end)
report.(fn -> Access.filter(1) end)
report.(fn -> get_in([1], [Access.filter(&Map.merge/2)]) end)
report.(fn -> put_in(%{}, [Access.filter(& &1)], 1) end)
report.(fn -> get_and_update_in([1], [Access.filter(& &1)], & &1) end)
report.(fn -> Access.slice(1) end)
report.(fn -> Access.slice(2..1//-1) end)
report.(fn -> get_in(%{}, [Access.slice(0..1)]) end)
report.(fn -> get_and_update_in([1, 2], [Access.slice(0..1)], & &1) end)

list = [1, 2, 3, 4, 5]

for r <- [-10..1, 1..10, -2..-1, 3..1//1, 0..-1//1, 1..-2//1, -3..-1//2, 2..10//3, -10..-8] do
  IO.inspect({r, get_in(list, [Access.slice(r)]), update_in(list, [Access.slice(r)], &(&1 * 10)), pop_in(list, [Access.slice(r)])})
end

IO.inspect({get_in([1, 2], [Access.at(-1)]), put_in([1, 2], [Access.at(-1)], 3), pop_in([1, 2], [Access.at(-5)]), put_in([1, 2], [Access.at!(1)], 3)})
IO.inspect({pop_in([[a: 1], [a: 2]], [Access.all(), :a]), update_in([1, 2, 3], [Access.filter(&(&1 > 1))], &(&1 * 10))})
