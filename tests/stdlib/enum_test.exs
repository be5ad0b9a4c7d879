# Enum and Enumerable against Elixir's own, over lists, ranges, maps, streams.
lists = [[], [1], [3, 1, 2], [1, 2, 2, 3, 3, 3, 1], [5, 4, 3, 2, 1, 0], [1, 1.0, 2, 2.0], [:a, "b", 3, {4}]]
ranges = [1..10, 10..1, 1..10//3, 10..1//-4, 1..0//1, 5..5, -3..3]
maps = [%{}, %{a: 1, b: 2}, %{1 => :x, 2 => :y, 3 => :z}]
enums = lists ++ ranges ++ maps
nums = Enum.filter(lists, fn l -> Enum.all?(l, &is_number/1) end) ++ ranges

same = fn fun, args -> T.same(Enum, VialEnum, fun, args) end

for e <- enums do
  same.(:to_list, [e])
  same.(:count, [e])
  same.(:reverse, [e])
  same.(:empty?, [e])
  same.(:with_index, [e])
  same.(:with_index, [e, 5])
  same.(:uniq, [e])
  same.(:dedup, [e])
  same.(:frequencies, [e])
  same.(:sort, [e])
  same.(:sort, [e, :desc])
  same.(:sort, [e, &>=/2])
  same.(:sort_by, [e, &inspect/1])
  same.(:sort_by, [e, &inspect/1, :desc])
  same.(:min, [e])
  same.(:max, [e])
  same.(:min, [e, fn -> :empty end])
  same.(:max, [e, fn -> :empty end])
  same.(:min_by, [e, &inspect/1])
  same.(:max_by, [e, &inspect/1, fn -> :none end])
  same.(:min_max, [e])
  same.(:join, [e])
  same.(:join, [e, ", "])
  same.(:map_join, [e, "-", &inspect/1])
  same.(:intersperse, [e, :sep])
  same.(:zip, [e, e])
  same.(:zip, [[e, 1..100, [:a, :b, :c]]])
  same.(:into, [e, []])
  same.(:into, [Enum.with_index(e), %{}])
  same.(:group_by, [e, &is_integer/1])
  same.(:group_by, [e, &is_integer/1, &inspect/1])
  same.(:frequencies_by, [e, &is_integer/1])
  same.(:uniq_by, [e, &is_integer/1])
  same.(:dedup_by, [e, &is_integer/1])
  same.(:chunk_by, [e, &is_integer/1])
  same.(:split_with, [e, &is_integer/1])
  same.(:find, [e, &is_integer/1])
  same.(:find, [e, :def, &is_atom/1])
  same.(:find_index, [e, &is_tuple/1])
  same.(:find_value, [e, fn x -> is_integer(x) and x * 2 end])
  same.(:any?, [e])
  same.(:all?, [e])
  same.(:any?, [e, &is_atom/1])
  same.(:all?, [e, &is_integer/1])
  same.(:count, [e, &is_integer/1])
  same.(:member?, [e, 2])
  same.(:member?, [e, {:a, 1}])
  same.(:map, [e, &inspect/1])
  same.(:flat_map, [e, fn x -> [x, x] end])
  same.(:filter, [e, &is_integer/1])
  same.(:reject, [e, &is_integer/1])
  same.(:reduce, [e, &{&1, &2}])
  same.(:reduce, [e, [], &[&1 | &2]])
  same.(:reduce_while, [e, 0, fn _, a -> if a < 2, do: {:cont, a + 1}, else: {:halt, a} end])
  same.(:map_reduce, [e, 0, fn x, a -> {{x, a}, a + 1} end])
  same.(:scan, [e, &{&1, &2}])
  same.(:scan, [e, 0, fn _, a -> a + 1 end])
  same.(:unzip, [Enum.with_index(e)])
  same.(:zip_with, [e, e, &{&2, &1}])
  same.(:zip_with, [[e, e], &List.to_tuple/1])
  same.(:concat, [[e, e]])
  same.(:concat, [e, e])
  same.(:each, [e, &inspect/1])
  same.(:flat_map_reduce, [e, 0, fn x, a -> if a > 3, do: {:halt, a}, else: {[x, a], a + 1} end])
  same.(:chunk_while, [e, [], fn x, acc -> if length(acc) == 1, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end])

  for n <- [-10, -3, -1, 0, 1, 2, 3, 10] do
    same.(:take, [e, n])
    same.(:drop, [e, n])
    same.(:split, [e, n])
    same.(:at, [e, n])
    same.(:at, [e, n, :d])
    same.(:fetch, [e, n])
    same.(:fetch!, [e, n])
    if n >= 0 do
      same.(:take_every, [e, n])
      same.(:drop_every, [e, n])
      same.(:map_every, [e, n, &inspect/1])
      same.(:slice, [e, n, 2])
      same.(:slice, [e, -n, 3])
      same.(:reverse_slice, [e, n, 2])
    end
    if n > 0 do
      same.(:chunk_every, [e, n])
      same.(:chunk_every, [e, n, 1])
      same.(:chunk_every, [e, n, 2, [:pad]])
      same.(:chunk_every, [e, n, 3, :discard])
      same.(:count_until, [e, n])
    end
  end

  # Elixir 1.14 mis-slices descending ranges with a step > 1 (10..1 |> Enum.slice(0..5//2)).
  for r <- [0..2, 1..-1//1, -3..-1, 2..10//2, 1..-2, 3..1, -1..0, 0..-1//1, 5..10],
      not (match?(%Range{step: s} when s < 0, e) and r.step > 1) do
    same.(:slice, [e, r])
  end

  same.(:take_while, [e, &is_integer/1])
  same.(:drop_while, [e, &is_integer/1])
  same.(:split_while, [e, &is_integer/1])
end

for e <- nums do
  same.(:sum, [e])
  same.(:product, [e])
  same.(:min_max_by, [e, &(-&1)])
end

same.(:reduce, [[], &+/2])
same.(:sum, [[1, :a]])
same.(:map, [1, & &1])
same.(:zip, [[]])
same.(:zip, [[[1, 2], [3]]])
same.(:sort, [[3, 1, 2], {:desc, Date}])
same.(:into, [[a: 1], %{b: 2}])
same.(:into, [["a", "bc"], ""]); same.(:into, [["a", "bc"], "x", &String.upcase/1]); same.(:into, [[<<1::3>>], <<1::2>>])
same.(:into, [%{a: 1}, [b: 2]])
same.(:dedup, [[1, 1.0, 1]])
same.(:uniq, [[1, 1.0, 1]])
same.(:slice, [[1, 2, 3], 2..0//-1])
same.(:join, [[1, [?a, "b"], :c], "/"])

# Streams stay lazy and can be infinite.
s1 = VialStream.iterate(1, &(&1 * 2))
T.eq("take iterate", VialEnum.take(s1, 5), Enum.take(Stream.iterate(1, &(&1 * 2)), 5))
T.eq("find stream", VialEnum.find(VialStream.cycle([1, 2, 3]), &(&1 > 2)), 3)
T.eq("zip infinite", VialEnum.zip(1..3, VialStream.repeatedly(fn -> :x end)), [{1, :x}, {2, :x}, {3, :x}])
T.eq("member? stream", VialEnum.member?(VialStream.map(1..5, & &1), 3), true)
T.eq("count stream", VialEnum.count(VialStream.filter(1..10, &(rem(&1, 2) == 0))), 5)
T.report()
