# The functions of Erlang's :lists and :maps that take funs, beside the
# natives of the same modules (vm/bif_lists.c, vm/bif_maps.c), which the VM
# loads first; these are found when a native is missing.
defmodule :lists do
  def map(f, [h | t]), do: [f.(h) | map(f, t)]
  def map(_f, []), do: []

  def foldl(f, acc, [h | t]), do: foldl(f, f.(h, acc), t)
  def foldl(_f, acc, []), do: acc

  def foldr(f, acc, list), do: foldl(f, acc, :lists.reverse(list))

  def filter(pred, list), do: for(x <- list, pred.(x), do: x)

  def foreach(f, [h | t]) do
    f.(h)
    foreach(f, t)
  end

  def foreach(_f, []), do: :ok

  def any(pred, [h | t]), do: pred.(h) or any(pred, t)
  def any(_pred, []), do: false

  def all(pred, [h | t]), do: pred.(h) and all(pred, t)
  def all(_pred, []), do: true

  def flatmap(f, list), do: :lists.append(map(f, list))

  def filtermap(f, [h | t]) do
    case f.(h) do
      true -> [h | filtermap(f, t)]
      {true, v} -> [v | filtermap(f, t)]
      false -> filtermap(f, t)
    end
  end

  def filtermap(_f, []), do: []

  def mapfoldl(f, acc, [h | t]) do
    {v, acc} = f.(h, acc)
    {rest, acc} = mapfoldl(f, acc, t)
    {[v | rest], acc}
  end

  def mapfoldl(_f, acc, []), do: {[], acc}

  def zipwith(f, [a | as], [b | bs]), do: [f.(a, b) | zipwith(f, as, bs)]
  def zipwith(_f, [], []), do: []

  def takewhile(pred, [h | t]), do: if(pred.(h), do: [h | takewhile(pred, t)], else: [])
  def takewhile(_pred, []), do: []

  def dropwhile(pred, [h | t] = l), do: if(pred.(h), do: dropwhile(pred, t), else: l)
  def dropwhile(_pred, []), do: []

  def partition(pred, list) do
    {yes, no} = foldl(fn x, {y, n} -> if pred.(x), do: {[x | y], n}, else: {y, [x | n]} end, {[], []}, list)
    {:lists.reverse(yes), :lists.reverse(no)}
  end

  def sort(fun, list), do: Enum.sort(list, fun)
end

# Erlang's lists:sort/1, clause for clause (OTP's lists.erl). It is not
# stable: elements that are == but not === (1 and 1.0) come out in the order
# its run detection and three-way merges leave them, and Enum.sort/1 must
# give that order. The native :lists.sort/1 is a stable merge sort, so
# Enum.sort/1 comes here only when the native's result has such a pair.
defmodule :vial_lists_sort do
  def sort([x, y | l] = l0) when x <= y do
    case l do
      [] -> l0
      [z] when y <= z -> l0
      [z] when x <= z -> [x, z, y]
      [z] -> [z, x, y]
      _ when x == y -> sort_1(y, l, [x])
      _ -> split_1(x, y, l, [], [])
    end
  end

  def sort([x, y | l]) do
    case l do
      [] -> [y, x]
      [z] when x <= z -> [y, x | l]
      [z] when y <= z -> [y, z, x]
      [z] -> [z, y, x]
      _ -> split_2(x, y, l, [], [])
    end
  end

  def sort([_] = l), do: l
  def sort([] = l), do: l

  # Runs: split_1 collects an ascending run, split_2 a descending one.
  defp sort_1(x, [y | l], r) when x == y, do: sort_1(y, l, [x | r])
  defp sort_1(x, [y | l], r) when x < y, do: split_1(x, y, l, r, [])
  defp sort_1(x, [y | l], r), do: split_2(x, y, l, r, [])
  defp sort_1(x, [], r), do: :lists.reverse(r, [x])

  defp split_1(x, y, [z | l], r, rs) when z >= y, do: split_1(y, z, l, [x | r], rs)
  defp split_1(x, y, [z | l], r, rs) when z >= x, do: split_1(z, y, l, [x | r], rs)
  defp split_1(x, y, [z | l], [], rs), do: split_1(x, y, l, [z], rs)
  defp split_1(x, y, [z | l], r, rs), do: split_1_1(x, y, l, r, rs, z)
  defp split_1(x, y, [], r, rs), do: rmergel([[y, x | r] | rs], [])

  defp split_1_1(x, y, [z | l], r, rs, s) when z >= y, do: split_1_1(y, z, l, [x | r], rs, s)
  defp split_1_1(x, y, [z | l], r, rs, s) when z >= x, do: split_1_1(z, y, l, [x | r], rs, s)
  defp split_1_1(x, y, [z | l], r, rs, s) when s <= z, do: split_1(s, z, l, [], [[y, x | r] | rs])
  defp split_1_1(x, y, [z | l], r, rs, s), do: split_1(z, s, l, [], [[y, x | r] | rs])
  defp split_1_1(x, y, [], r, rs, s), do: rmergel([[s], [y, x | r] | rs], [])

  defp split_2(x, y, [z | l], r, rs) when z <= y, do: split_2(y, z, l, [x | r], rs)
  defp split_2(x, y, [z | l], r, rs) when z <= x, do: split_2(z, y, l, [x | r], rs)
  defp split_2(x, y, [z | l], [], rs), do: split_2(x, y, l, [z], rs)
  defp split_2(x, y, [z | l], r, rs), do: split_2_1(x, y, l, r, rs, z)
  defp split_2(x, y, [], r, rs), do: mergel([[y, x | r] | rs], [])

  defp split_2_1(x, y, [z | l], r, rs, s) when z <= y, do: split_2_1(y, z, l, [x | r], rs, s)
  defp split_2_1(x, y, [z | l], r, rs, s) when z <= x, do: split_2_1(z, y, l, [x | r], rs, s)
  defp split_2_1(x, y, [z | l], r, rs, s) when s > z, do: split_2(s, z, l, [], [[y, x | r] | rs])
  defp split_2_1(x, y, [z | l], r, rs, s), do: split_2(z, s, l, [], [[y, x | r] | rs])
  defp split_2_1(x, y, [], r, rs, s), do: mergel([[s], [y, x | r] | rs], [])

  # mergel merges runs three (or two) at a time into reversed runs for
  # rmergel, which merges those back the other way, until one run is left.
  defp mergel([[] | l], acc), do: mergel(l, acc)
  defp mergel([t1, [h2 | t2], [h3 | t3] | l], acc), do: mergel(l, [merge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp mergel([t1, [h2 | t2]], acc), do: rmergel([merge2_1(t1, h2, t2, []) | acc], [])
  defp mergel([l], []), do: l
  defp mergel([l], acc), do: rmergel([:lists.reverse(l, []) | acc], [])
  defp mergel([], []), do: []
  defp mergel([], acc), do: rmergel(acc, [])
  defp mergel([a, [] | l], acc), do: mergel([a | l], acc)
  defp mergel([a, b, [] | l], acc), do: mergel([a, b | l], acc)

  defp rmergel([[h3 | t3], [h2 | t2], t1 | l], acc), do: rmergel(l, [rmerge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp rmergel([[h2 | t2], t1], acc), do: mergel([rmerge2_1(t1, h2, t2, []) | acc], [])
  defp rmergel([l], acc), do: mergel([:lists.reverse(l, []) | acc], [])
  defp rmergel([], acc), do: mergel(acc, [])

  defp merge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([h1 | t1], m, h2, t2, h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: merge2_1(t2, h3, t3, [h2 | m])
  defp merge3_1([], m, h2, t2, h3, t3), do: merge2_2(t2, h3, t3, m, h2)

  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: merge2_1(t1, h3, t3, [h1 | m])
  defp merge3_2(t1, h1, m, [], h3, t3), do: merge2_2(t1, h3, t3, m, h1)

  defp merge3_12(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12(t1, h1, h2, t2, h3, t3, m), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_12_3(t1, h1, h2, t2, m, []), do: merge2_1(t1, h2, t2, [h1 | m])

  defp merge3_21(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21(t1, h1, h2, t2, h3, t3, m), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_21_3(t1, h1, h2, t2, m, []), do: merge2_2(t1, h2, t2, m, h1)

  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: rmerge2_2(t2, h3, t3, m, h2)
  defp rmerge3_1([], m, h2, t2, h3, t3), do: rmerge2_1(t2, h3, t3, [h2 | m])

  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: rmerge2_2(t1, h3, t3, m, h1)
  defp rmerge3_2(t1, h1, m, [], h3, t3), do: rmerge2_1(t1, h3, t3, [h1 | m])

  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)

  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, []), do: rmerge2_2(t1, h2, t2, m, h1)

  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)

  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, []), do: rmerge2_1(t1, h2, t2, [h1 | m])

  defp merge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1 | m])
  defp merge2_1([h1 | t1], h2, t2, m), do: merge2_2(t1, h2, t2, m, h1)
  defp merge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp merge2_2(t1, hd_m, [h2 | t2], m, h1) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1, hd_m | m])
  defp merge2_2(t1, hd_m, [h2 | t2], m, h1), do: merge2_2(t1, h2, t2, [hd_m | m], h1)
  defp merge2_2(t1, hd_m, [], m, h1), do: :lists.reverse(t1, [h1, hd_m | m])

  defp rmerge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: rmerge2_2(t1, h2, t2, m, h1)
  defp rmerge2_1([h1 | t1], h2, t2, m), do: rmerge2_1(t1, h2, t2, [h1 | m])
  defp rmerge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rmerge2_2(t1, hd_m, [h2 | t2], m, h1) when h1 <= h2, do: rmerge2_2(t1, h2, t2, [hd_m | m], h1)
  defp rmerge2_2(t1, hd_m, [h2 | t2], m, h1), do: rmerge2_1(t1, h2, t2, [h1, hd_m | m])
  defp rmerge2_2(t1, hd_m, [], m, h1), do: :lists.reverse(t1, [h1, hd_m | m])
end

defmodule :maps do
  def fold(f, acc, map), do: :lists.foldl(fn {k, v}, a -> f.(k, v, a) end, acc, :maps.to_list(map))
  def map(f, map), do: :maps.from_list(for {k, v} <- :maps.to_list(map), do: {k, f.(k, v)})
  def filter(pred, map), do: :maps.from_list(for {k, v} <- :maps.to_list(map), pred.(k, v), do: {k, v})
  def foreach(f, map), do: :lists.foreach(fn {k, v} -> f.(k, v) end, :maps.to_list(map))
end
