# List, Map, Keyword, Tuple, MapSet against Elixir's own.
same = fn mod, vmod -> fn fun, args -> T.same(mod, vmod, fun, args) end end
l = same.(List, VialList)
m = same.(Map, VialMap)
k = same.(Keyword, VialKeyword)
t = same.(Tuple, VialTuple)

for list <- [[], [1], [1, 2, 3], [3, 1, 2, 1]] do
  l.(:first, [list]); l.(:last, [list]); l.(:first, [list, :d]); l.(:last, [list, :d])
  l.(:delete, [list, 1]); l.(:duplicate, [list, 2]); l.(:wrap, [list]); l.(:to_tuple, [list])
  l.(:foldl, [list, [], &[&1 | &2]]); l.(:foldr, [list, [], &[&1 | &2]])
  l.(:starts_with?, [list, [1]]); l.(:starts_with?, [list, []])
  l.(:ascii_printable?, [list])
  for i <- [-5, -2, -1, 0, 1, 2, 5] do
    l.(:delete_at, [list, i]); l.(:insert_at, [list, i, :x]); l.(:replace_at, [list, i, :x])
    l.(:update_at, [list, i, &{&1}]); l.(:pop_at, [list, i]); l.(:pop_at, [list, i, :d])
  end
end

l.(:flatten, [[1, [2, [3, []]], [[4]]]]); l.(:flatten, [[1, [2]], [3]])
l.(:wrap, [nil]); l.(:wrap, [:a])
kl = [{:a, 1}, {:b, 2}, {:a, 3}, {:c, 0}]
for key <- [:a, :b, :z] do
  l.(:keyfind, [kl, key, 0]); l.(:keyfind, [kl, key, 0, :d]); l.(:keymember?, [kl, key, 0])
  l.(:keydelete, [kl, key, 0]); l.(:keyreplace, [kl, key, 0, {key, :new}])
  l.(:keystore, [kl, key, 0, {key, :new}]); l.(:keytake, [kl, key, 0]); l.(:keyfind!, [kl, key, 0])
end
l.(:keysort, [kl, 0]); l.(:keysort, [kl, 1]); l.(:keysort, [kl, 1, :desc]); l.(:keysort, [kl, 0, :desc])
l.(:zip, [[[1, 2, 3], [:a, :b]]])
l.(:to_string, [[?a, "bc", [?d, 0x1F600]]]); l.(:to_string, [[]]); l.(:to_integer, ['123']); l.(:to_integer, ['ff', 16])
l.(:to_atom, ['abc']); l.(:to_float, ['1.5']); l.(:to_charlist, [[?a, "é"]])
l.(:improper?, [[1 | 2]]); l.(:improper?, [[1, 2]])
l.(:ascii_printable?, ['abc\n']); l.(:ascii_printable?, ['abcé']); l.(:ascii_printable?, ['abcé', 3])

maps = [%{}, %{a: 1}, %{a: 1, b: 2, c: 3}, %{1 => 2, "x" => [1]}]
for map <- maps, key <- [:a, :z, 1] do
  m.(:get, [map, key]); m.(:get, [map, key, :d]); m.(:fetch, [map, key]); m.(:fetch!, [map, key])
  m.(:has_key?, [map, key]); m.(:put, [map, key, 9]); m.(:delete, [map, key]); m.(:put_new, [map, key, 9])
  m.(:put_new_lazy, [map, key, fn -> 9 end]); m.(:get_lazy, [map, key, fn -> 9 end])
  m.(:update, [map, key, 0, &{&1}]); m.(:update!, [map, key, &{&1}]); m.(:replace, [map, key, 9])
  m.(:replace!, [map, key, 9]); m.(:pop, [map, key]); m.(:pop, [map, key, :d]); m.(:pop!, [map, key])
  m.(:pop_lazy, [map, key, fn -> 9 end])
  m.(:get_and_update, [map, key, &{&1, :new}]); m.(:get_and_update, [map, key, fn _ -> :pop end])
  m.(:get_and_update!, [map, key, &{&1, :new}]); m.(:get_and_update, [map, key, fn _ -> :bad end])
end
for map <- maps do
  m.(:keys, [map]); m.(:values, [map]); m.(:to_list, [map]); m.(:new, [map]); m.(:new, [Map.to_list(map)])
  m.(:new, [Map.to_list(map), fn {k, v} -> {v, k} end])
  m.(:merge, [map, %{a: :m, d: 4}]); m.(:merge, [map, %{a: :m, d: 4}, fn _k, a, b -> {a, b} end])
  m.(:merge, [%{a: :m, d: 4}, map, fn _k, a, b -> {a, b} end])
  m.(:take, [map, [:a, :b, :q]]); m.(:drop, [map, [:a, :b, :q]]); m.(:split, [map, [:a, 1, :q]])
  m.(:filter, [map, fn {_, v} -> is_integer(v) end]); m.(:reject, [map, fn {_, v} -> is_integer(v) end])
  m.(:map, [map, fn {k, _} -> k end]); m.(:equal?, [map, %{a: 1}])
end
m.(:get, [1, :a]); m.(:put_new, [1, :a, 1]); m.(:new, []); m.(:new, [1..3, &{&1, &1 * 2}])
m.(:from_struct, [1..3]); m.(:from_struct, [Range]); m.(:from_keys, [[:a, :b], 0])

kws = [[], [a: 1], [a: 1, b: 2, a: 3], [b: 2, c: 3]]
for kw <- kws, key <- [:a, :b, :z] do
  k.(:get, [kw, key]); k.(:get, [kw, key, :d]); k.(:fetch, [kw, key]); k.(:fetch!, [kw, key])
  k.(:has_key?, [kw, key]); k.(:put, [kw, key, 9]); k.(:delete, [kw, key]); k.(:put_new, [kw, key, 9])
  k.(:update, [kw, key, 0, &{&1}]); k.(:update!, [kw, key, &{&1}]); k.(:pop, [kw, key]); k.(:pop!, [kw, key])
  k.(:get_values, [kw, key]); k.(:delete_first, [kw, key]); k.(:pop_first, [kw, key]); k.(:replace!, [kw, key, 0])
  k.(:get_and_update, [kw, key, &{&1, :new}]); k.(:get_and_update, [kw, key, fn _ -> :pop end])
  k.(:get_lazy, [kw, key, fn -> 0 end]); k.(:put_new_lazy, [kw, key, fn -> 0 end]); k.(:pop_values, [kw, key])
end
for kw <- kws do
  k.(:keys, [kw]); k.(:values, [kw]); k.(:keyword?, [kw]); k.(:new, [kw]); k.(:to_list, [kw])
  k.(:merge, [kw, [a: :m, d: 4]]); k.(:merge, [[a: :m, d: 4, a: 5], kw]); k.(:merge, [kw, [a: :m, d: 4], fn _, a, b -> {a, b} end])
  k.(:merge, [[a: :m, d: 4, a: 5], kw, fn _, a, b -> {a, b} end])
  k.(:take, [kw, [:a, :c]]); k.(:drop, [kw, [:a, :c]]); k.(:split, [kw, [:a, :c]])
  k.(:filter, [kw, fn {_, v} -> v > 1 end]); k.(:reject, [kw, fn {_, v} -> v > 1 end])
end
k.(:new, [[{:b, 1}, {:a, 2}, {:b, 3}], fn {k, v} -> {k, v + 1} end]); k.(:keyword?, [[{"a", 1}]]); k.(:keyword?, [1])
k.(:merge, [[a: 1], [{"b", 2}]]);
for kw <- [[], [a: 1], [a: 1, a: 2], [c: 1, d: 2], [b: 5], [{"x", 1}]], vals <- [[:a], [:a, b: 2], [:a, b: 2, c: 3], [1]] do
  k.(:validate, [kw, vals]); k.(:validate!, [kw, vals])
end
T.same(Enum, VialEnum, :map_intersperse, [[1, 2, 3], :s, &(&1 * 3)]); T.same(Enum, VialEnum, :map_intersperse, [[], :s, & &1])
T.same(Enum, VialEnum, :random, [[42]]); T.same(Enum, VialEnum, :random, [[]])
for parts <- [[Foo, "Bar", :Baz], [Foo, nil, "Elixir.Bar"], ["Elixir", "A"], [:"Elixir.A", "b.c"]], do: T.same(Module, VialModule, :concat, [parts])
T.same(Module, VialModule, :concat, [Foo, Bar]); T.same(Module, VialModule, :split, [Foo.Bar]); T.same(Module, VialModule, :split, ["Elixir.Foo"])
T.same(Code, VialCode, :ensure_loaded?, [Enum]); T.same(Code, VialCode, :ensure_loaded?, [NoSuchMod])
T.same(Function, VialFunction, :info, [&Enum.map/2]); T.same(Function, VialFunction, :info, [&Enum.map/2, :arity])
T.same(Function, VialFunction, :identity, [1])
k.(:from_keys, [[:a, :b], 1])

for tup <- [{}, {1}, {1, 2, 3}] do
  t.(:to_list, [tup]); t.(:append, [tup, :x]); t.(:insert_at, [tup, 0, :x]); t.(:delete_at, [tup, 0])
  t.(:sum, [tup]); t.(:product, [tup])
end
t.(:duplicate, [:a, 3])

s1 = MapSet.new([1, 2, 3]); s2 = MapSet.new([2, 3, 4])
v1 = VialMapSet.new([1, 2, 3]); v2 = VialMapSet.new([2, 3, 4])
norm = fn s -> s |> Map.from_struct() |> Map.delete(:__struct__) end
T.eq("mapset union", norm.(VialMapSet.union(v1, v2)), norm.(MapSet.union(s1, s2)))
T.eq("mapset inter", norm.(VialMapSet.intersection(v1, v2)), norm.(MapSet.intersection(s1, s2)))
T.eq("mapset diff", norm.(VialMapSet.difference(v1, v2)), norm.(MapSet.difference(s1, s2)))
T.eq("mapset member", VialMapSet.member?(v1, 2), true)
T.eq("mapset enum", VialEnum.to_list(v1), Enum.to_list(s1))
T.eq("mapset into", norm.(VialEnum.into([1, 1, 5], v1)), norm.(Enum.into([1, 1, 5], s1)))
T.eq("mapset subset", VialMapSet.subset?(v1, VialMapSet.union(v1, v2)), true)
T.report()
