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

  def foreach(f, list), do: foreach_1(f, list)

  defp foreach_1(f, [h | t]) do
    f.(h) #@ 1442
    foreach_1(f, t)
  end

  defp foreach_1(_f, []), do: :ok

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

  # The key functions as lists.erl has them, so that a failure names its
  # helper and line: the tuples whose element n equals the key (==), a
  # non-tuple or a short one never does.
  def keydelete(key, n, list) when is_integer(n) and n > 0, do: keydelete3(key, n, list) #@ 719

  defp keydelete3(key, n, [h | t]) when :erlang.element(n, h) == key, do: t #@ 722
  defp keydelete3(key, n, [h | t]), do: [h | keydelete3(key, n, t)] #@ 724
  defp keydelete3(_key, _n, []), do: []

  def keyreplace(key, n, list, new) when is_integer(n) and n > 0 and is_tuple(new), #@ 735
    do: keyreplace3(key, n, list, new)

  defp keyreplace3(key, n, [h | t], new) when :erlang.element(n, h) == key, do: [new | t] #@ 738
  defp keyreplace3(key, n, [h | t], new), do: [h | keyreplace3(key, n, t, new)] #@ 741
  defp keyreplace3(_key, _n, [], _new), do: []

  def keystore(key, n, list, new) when is_integer(n) and n > 0 and is_tuple(new), #@ 768
    do: keystore2(key, n, list, new)

  defp keystore2(key, n, [h | t], new) when :erlang.element(n, h) == key, do: [new | t] #@ 771
  defp keystore2(key, n, [h | t], new), do: [h | keystore2(key, n, t, new)] #@ 774
  defp keystore2(_key, _n, [], new), do: [new]

  def keytake(key, n, list) when is_integer(n) and n > 0, do: keytake(key, n, list, []) #@ 751

  defp keytake(key, n, [h | t], seen) when :erlang.element(n, h) == key, #@ 754
    do: {:value, h, :lists.reverse(seen, t)}

  defp keytake(key, n, [h | t], seen), do: keytake(key, n, t, [h | seen])
  defp keytake(_key, _n, [], _seen), do: false

  # length/1 fails on what is not a list, in its own frame, as OTP's does
  def suffix(suffix, list) do
    delta = length(list) - length(suffix)
    delta >= 0 and :lists.nthtail(delta, list) === suffix
  end
end

defmodule :maps do
  # The fun is checked first: a bad map alone is a badmap, a bad fun badarg.
  def fold(f, acc, map) when is_function(f, 3) and is_map(map), do: fold_1(f, acc, fold_list(map))
  def fold(f, acc, map) when is_function(f, 3), do: :erlang.error({:badmap, map}, [f, acc, map])
  def fold(f, acc, map), do: :erlang.error(:badarg, [f, acc, map])

  def map(f, map) when is_function(f, 2) and is_map(map),
    do: :maps.from_list(for {k, v} <- fold_list(map), do: {k, f.(k, v)})

  def map(f, map) when is_function(f, 2), do: :erlang.error({:badmap, map}, [f, map])
  def map(f, map), do: :erlang.error(:badarg, [f, map])

  def filter(pred, map) when is_function(pred, 2) and is_map(map),
    do: :maps.from_list(for {k, v} <- fold_list(map), pred.(k, v), do: {k, v})

  def filter(pred, map) when is_function(pred, 2), do: :erlang.error({:badmap, map}, [pred, map])
  def filter(pred, map), do: :erlang.error(:badarg, [pred, map])
  def foreach(f, map), do: :lists.foreach(fn {k, v} -> f.(k, v) end, fold_list(map))

  def iterator(map) when is_map(map), do: [0 | map]
  def iterator(map), do: :erlang.error({:badmap, map}, [map]) #@ 581

  def next([0 | map]) when is_map(map), do: next_pair(fold_list(map))
  def next([pairs | :pairs]), do: next_pair(pairs)
  def next({k, v, iter}), do: {k, v, iter}
  def next(:none), do: :none
  def next(iter), do: :erlang.error(:badarg, [iter])

  defp next_pair([{k, v} | rest]), do: {k, v, [rest | :pairs]}
  defp next_pair([]), do: :none

  # OTP's loop, with its frame and line: "(stdlib 4.2) maps.erl:411: :maps.fold_1/3"
  defp fold_1(f, acc, [{k, v} | rest]), do: fold_1(f, f.(k, v, acc), rest) #@ 411
  defp fold_1(_f, acc, []), do: acc

  # Iterators walk a map of more than 32 keys in the reverse of to_list's
  # order, as BEAM's do.
  defp fold_list(map) when map_size(map) > 32, do: :lists.reverse(:maps.to_list(map))
  defp fold_list(map), do: :maps.to_list(map)
end
