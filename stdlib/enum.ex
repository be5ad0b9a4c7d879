# Enum: eager functions over enumerables. Lists take direct recursive paths;
# everything else goes through Enumerable.reduce/3, halting early where the
# function can stop (find, take, any?...) so that infinite streams work.
defmodule Enum do
  # Core reductions
  #
  # Stack frames follow Elixir's: the functions built on reduce/3 (map,
  # each, filter, reject, flat_map) loop over a list in a helper of their
  # own, and over a range or a map from their own frame, where Elixir has
  # reduce/3 inlined; `#@ N` gives a line Elixir's line (Makefile: --stdlib).
  # The helpers named like "-reduce/3-lists^foldl/2-0-" are the ones Erlang's
  # compiler makes when it inlines :lists.foldl/3 and friends.

  def reduce(list, acc, fun) when is_list(list), do: unquote(:"-reduce/3-lists^foldl/2-0-")(fun, acc, list)

  def reduce(%Range{first: first, last: last, step: step}, acc, fun),
    do: reduce_range(first, last, step, acc, fun)

  # Plain maps fold as :maps.fold does: a map of more than 32 keys in the
  # reverse of to_list's order, like Elixir's Enum.reduce/3.
  def reduce(map, acc, fun) when is_map(map) and not is_map_key(map, :__struct__),
    do: :maps.fold(fn k, v, a -> fun.({k, v}, a) end, acc, map) #@ 2480

  def reduce(enumerable, acc, fun),
    do: :erlang.element(2, Enumerable.reduce(enumerable, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end)) #@ 4307

  defp unquote(:"-reduce/3-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-reduce/3-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-reduce/3-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  defp unquote(:"-reduce/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-reduce/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-reduce/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  defp reduce_enumerable(enum, acc, fun) do
    :erlang.element(2, Enumerable.reduce(enum, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end))
  end

  # A list's tail folds in a helper of reduce/2's own (Elixir's reduce/3
  # inlined); an improper tail is then not a list, nor an enumerable.
  def reduce([h | t], fun) when is_list(t), do: unquote(:"-reduce/2-lists^foldl/2-0-")(fun, h, t)
  def reduce([h | t], fun), do: reduce(t, h, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError) #@ 2414

  # Unlike reduce/3, this one walks maps in to_list's order, as Elixir's does.
  def reduce(enum, fun) do
    result =
      reduce_enumerable(enum, :__vial_first__, fn
        x, :__vial_first__ -> {:acc, x}
        x, {:acc, acc} -> {:acc, fun.(x, acc)} #@ 2419
      end)

    case result do
      {:acc, acc} -> acc
      :__vial_first__ -> raise Enum.EmptyError #@ 2424
    end
  end

  def reduce_while(enum, acc, fun) do
    :erlang.element(2, Enumerable.reduce(enum, {:cont, acc}, fun)) #@ 2514
  end

  def to_list(list) when is_list(list), do: list
  def to_list(%Range{} = range), do: range_to_list(range)
  def to_list(map) when is_map(map) and not is_map_key(map, :__struct__), do: :maps.to_list(map)
  def to_list(%{__struct__: _} = enum), do: :lists.reverse(reverse(enum)) #@ 3644
  def to_list(enum), do: :lists.reverse(reverse(enum)) #@ 3646

  # The elements in the order reduce/3 visits them: to_list/1's, except that
  # a plain map of more than 32 keys folds in reverse. Functions that Elixir
  # builds on reduce/3 take their elements from here.
  defp elements(list) when is_list(list), do: list
  defp elements(%{__struct__: _} = enum), do: to_list(enum)
  defp elements(map) when is_map(map), do: :lists.reverse(reduce(map, [], &[&1 | &2]))
  defp elements(enum), do: to_list(enum)

  # Those of something reduce/3 does not walk itself (a struct, or not an
  # enumerable at all), from the caller's own frame, where Elixir has
  # reduce/3 inlined: Enumerable.reduce/3 is then called from line 4307.
  defp reducible?(%Range{}), do: false
  defp reducible?(enum), do: not is_list(enum) and not (is_map(enum) and not is_map_key(enum, :__struct__))

  # What Enumerable.reduce(enum, {:cont, []}, &{:cont, [&1 | &2]}) collected, in order.
  defp collected({_, acc}), do: :lists.reverse(acc)


  defp reduce_range(first, last, step, acc, fun) when step > 0 and first <= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun) #@ 4299

  defp reduce_range(first, last, step, acc, fun) when step < 0 and first >= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun) #@ 4299

  defp reduce_range(_first, _last, _step, acc, _fun), do: acc

  defp range_to_list(%Range{first: first, last: last, step: step}) do
    if (step > 0 and first <= last) or (step < 0 and first >= last) do
      last = last - rem(last - first, step)
      range_down(first, last, step, [])
    else
      []
    end
  end

  defp range_down(first, last, _step, acc) when last == first, do: [first | acc]
  defp range_down(first, last, step, acc), do: range_down(first, last - step, step, [last | acc])

  # Halts the reduction as soon as fun returns {:halt, value}.
  defp find_reduce(enum, default, fun) do
    :erlang.element(2, Enumerable.reduce(enum, {:cont, default}, fun))
  end

  # Mapping and filtering

  def map(list, fun) when is_list(list), do: unquote(:"-map/2-lists^map/1-0-")(fun, list)

  def map(enumerable, fun) do
    reducer = fn x, acc -> [fun.(x) | acc] end #@ 1662

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, [], reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, [], map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    :lists.reverse(reduced(acc))
  end

  defp unquote(:"-map/2-lists^map/1-0-")(fun, [h | t]), #@ 1658
    do: [fun.(h) | unquote(:"-map/2-lists^map/1-0-")(fun, t)] #@ 1658

  defp unquote(:"-map/2-lists^map/1-0-")(fun, []) when is_function(fun, 1), do: [] #@ 1658

  # What Enumerable.reduce/3 left, or what reduce_range and :maps.fold did.
  defp reduced({:done, acc}), do: acc
  defp reduced(acc), do: acc

  defp map_list([], _fun), do: []
  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]

  def each(list, fun) when is_list(list), do: unquote(:"-each/2-lists^foreach/1-0-")(fun, list)

  def each(enumerable, fun) do
    reducer = fn x, _acc ->
      fun.(x) #@ 980
      nil
    end

    case enumerable do
      %Range{first: first, last: last, step: step} ->
        reduce_range(first, last, step, nil, reducer) #@ 2472

      %{} = map when not is_map_key(map, :__struct__) ->
        :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, nil, map) #@ 2480

      _ ->
        Enumerable.reduce(enumerable, {:cont, nil}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
    end

    :ok
  end

  defp unquote(:"-each/2-lists^foreach/1-0-")(fun, [h | t]) do #@ 975
    fun.(h) #@ 975
    unquote(:"-each/2-lists^foreach/1-0-")(fun, t) #@ 975
  end

  defp unquote(:"-each/2-lists^foreach/1-0-")(fun, []) when is_function(fun, 1), do: :ok #@ 975

  def filter(list, fun) when is_list(list), do: filter_list(list, fun)

  def filter(enumerable, fun) do
    reducer = fn x, acc -> if fun.(x), do: [x | acc], else: acc end #@ 1112

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, [], reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, [], map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    :lists.reverse(reduced(acc))
  end

  defp filter_list([head | tail], fun) do #@ 4196
    if fun.(head), do: [head | filter_list(tail, fun)], else: filter_list(tail, fun) #@ 4197
  end

  defp filter_list([], _fun), do: []

  def reject(list, fun) when is_list(list), do: reject_list(list, fun)

  def reject(enumerable, fun) do
    reducer = fn x, acc -> if fun.(x), do: acc, else: [x | acc] end #@ 2535

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, [], reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, [], map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    :lists.reverse(reduced(acc))
  end

  defp reject_list([head | tail], fun) do #@ 4312
    if fun.(head), do: reject_list(tail, fun), else: [head | reject_list(tail, fun)] #@ 4313
  end

  defp reject_list([], _fun), do: []

  def flat_map(list, fun) when is_list(list), do: flat_map_list(list, fun)

  def flat_map(enumerable, fun) do
    reducer = fn x, acc -> reverse_into(fun.(x), acc) end #@ 1251

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, [], reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, [], map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    :lists.reverse(reduced(acc))
  end

  defp flat_map_list([head | tail], fun) do #@ 4248
    case fun.(head) do #@ 4249
      list when is_list(list) -> list ++ flat_map_list(tail, fun)
      other -> to_list(other) ++ flat_map_list(tail, fun)
    end
  end

  defp flat_map_list([], _fun), do: []

  defp reverse_into(list, acc) when is_list(list), do: :lists.reverse(list, acc)
  defp reverse_into(enum, acc), do: reduce(enum, acc, fn x, a -> [x | a] end)

  def flat_map_reduce(enum, acc, fun) do
    {_, {list, acc}} =
      Enumerable.reduce(enum, {:cont, {[], acc}}, fn x, {list, acc} -> #@ 1288
        case fun.(x, acc) do #@ 1288
          {:halt, acc} -> {:halt, {list, acc}}
          {items, acc} -> {:cont, {reverse_into(items, list), acc}} #@ 1288
        end #@ 1288
      end)

    {:lists.reverse(list), acc}
  end

  def map_reduce(list, acc, fun) when is_list(list), do: unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(fun, acc, list)

  def map_reduce(enumerable, acc, fun) do
    reducer = fn x, {l, a} ->
      {y, a} = fun.(x, a) #@ 1786
      {[y | l], a}
    end

    result =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, {[], acc}, reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, a -> reducer.({k, v}, a) end, {[], acc}, map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, a -> {:cont, reducer.(x, a)} end) #@ 4307
      end

    {list, acc} = reduced(result)
    {:lists.reverse(list), acc}
  end

  defp unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(fun, acc, [h | t]) do #@ 1780
    {y, acc} = fun.(h, acc) #@ 1780
    {ys, acc} = unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(fun, acc, t) #@ 1780
    {[y | ys], acc}
  end

  defp unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: {[], acc} #@ 1780

  def scan([], _fun), do: []
  def scan([elem | rest], fun), do: [elem | scan_list(rest, elem, fun)]

  def scan(enum, fun) do
    {res, _} =
      reduce(enum, {[], :__vial_first__}, fn
        x, {l, :__vial_first__} -> {[x | l], {:acc, x}}
        x, {l, {:acc, a}} ->
          a = fun.(x, a) #@ 2799
          {[a | l], {:acc, a}}
      end)

    :lists.reverse(res)
  end

  def scan(list, acc, fun) when is_list(list), do: scan_list(list, acc, fun)

  def scan(enum, acc, fun) do
    {res, _} =
      reduce(enum, {[], acc}, fn x, {l, a} ->
        a = fun.(x, a) #@ 2820
        {[a | l], a}
      end)

    :lists.reverse(res)
  end

  defp scan_list([], _acc, _fun), do: [] #@ 4343

  defp scan_list([elem | rest], acc, fun) do
    acc = fun.(elem, acc) #@ 4346
    [acc | scan_list(rest, acc, fun)]
  end

  def map_every(enumerable, 1, fun), do: map(enumerable, fun) #@ 1696
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every([], nth, _fun) when is_integer(nth) and nth > 1, do: []

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {res, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1} #@ 1701
      end)

    :lists.reverse(res)
  end

  def take_every(_enumerable, 0), do: [] #@ 3488
  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(list, nth) when is_list(list) and is_integer(nth) and nth > 1, do: take_every_list(list, nth - 1)

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {res, _} = reduce(enumerable, {[], 0}, fn x, {acc, i} -> {if(rem(i, nth) == 0, do: [x | acc], else: acc), i + 1} end)
    :lists.reverse(res)
  end

  defp take_every_list([head | tail], to_drop), do: [head | take_every_list(drop_list(tail, to_drop), to_drop)]
  defp take_every_list([], _to_drop), do: []

  def drop_every(_enumerable, 1), do: [] #@ 931
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every([], nth) when is_integer(nth), do: []

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    drop = fn x, {acc, i} -> {if(rem(i, nth) == 0, do: acc, else: [x | acc]), i + 1} end

    {res, _} =
      case enumerable do
        list when is_list(list) -> unquote(:"-drop_every/2-lists^foldl/2-0-")(drop, {[], 0}, list)
        _ -> reduce(enumerable, {[], 0}, drop)
      end

    :lists.reverse(res)
  end

  defp unquote(:"-drop_every/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-drop_every/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-drop_every/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_list(enumerable) and is_integer(offset), #@ 3773
    do: with_index_list(enumerable, offset)

  def with_index(enumerable, fun) when is_list(enumerable) and is_function(fun, 2),
    do: with_index_list(enumerable, 0, fun)

  def with_index(enumerable, offset) when is_integer(offset) do
    {res, _} = reduce(enumerable, {[], offset}, fn x, {l, i} -> {[{x, i} | l], i + 1} end)
    :lists.reverse(res)
  end

  def with_index(enumerable, fun) when is_function(fun, 2) do
    {res, _} = map_reduce(enumerable, 0, fn x, i -> {fun.(x, i), i + 1} end) #@ 3789
    res
  end

  defp with_index_list([head | tail], offset), do: [{head, offset} | with_index_list(tail, offset + 1)] #@ 4703
  defp with_index_list([], _offset), do: []

  defp with_index_list([head | tail], offset, fun), #@ 4709
    do: [fun.(head, offset) | with_index_list(tail, offset + 1, fun)] #@ 4710

  defp with_index_list([], _offset, _fun), do: []

  def intersperse(enumerable, separator) when is_list(enumerable) do
    case enumerable do
      [] -> []
      list -> intersperse_non_empty_list(list, separator)
    end
  end

  def intersperse(enumerable, separator) do
    list =
      if reducible?(enumerable),
        do: collected(Enumerable.reduce(enumerable, {:cont, []}, &{:cont, [&1 | &2]})), #@ 4307
        else: elements(enumerable)

    case list do
      [] -> []
      list -> intersperse_non_empty_list(list, separator)
    end
  end

  defp intersperse_non_empty_list([head], _separator), do: [head] #@ 4261

  defp intersperse_non_empty_list([head | rest], separator),
    do: [head, separator | intersperse_non_empty_list(rest, separator)]

  # Aggregates

  def count(list) when is_list(list), do: length(list)

  def count(enum) do
    case Enumerable.count(enum) do #@ 690
      {:ok, n} -> n
      {:error, _} -> reduce(enum, 0, fn _, n -> n + 1 end)
    end
  end

  def count(enumerable, fun) do
    reducer = fn x, n -> if fun.(x), do: n + 1, else: n end #@ 712

    case enumerable do
      list when is_list(list) -> unquote(:"-count/2-lists^foldl/2-0-")(reducer, 0, list)
      _ -> reduce(enumerable, 0, reducer)
    end
  end

  defp unquote(:"-count/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-count/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-count/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do #@ 746
    case Enumerable.count(enumerable) do #@ 749
      {:ok, n} -> :erlang.min(n, limit)
      {:error, _} -> find_reduce(enumerable, 0, fn _, n -> if n + 1 >= limit, do: {:halt, n + 1}, else: {:cont, n + 1} end)
    end
  end

  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do #@ 783
    stop_at = limit - 1

    find_reduce(enumerable, 0, fn
      x, ^stop_at -> if fun.(x), do: {:halt, limit}, else: {:cont, stop_at} #@ 788
      x, n -> if fun.(x), do: {:cont, n + 1}, else: {:cont, n} #@ 795
    end)
  end

  def sum(%Range{first: first, step: step} = range) do
    n = Range.size(range)
    div(n * (first + first + (n - 1) * step), 2)
  end

  # The element comes first, as in Elixir: a bad one reports `:a + 1`. The
  # frames are those of Elixir's reduce/3 with the addition inlined.
  def sum(list) when is_list(list), do: unquote(:"-sum/1-lists^foldl/2-0-")(0, list)
  def sum(%{} = map) when not is_map_key(map, :__struct__), do: :maps.fold(fn k, v, acc -> {k, v} + acc end, 0, map) #@ 2480
  def sum(enumerable), do: :erlang.element(2, Enumerable.reduce(enumerable, {:cont, 0}, fn x, acc -> {:cont, x + acc} end)) #@ 4307

  # Elixir's frames show the helper with arity 2 where the addition fails,
  # and with 3 (&+/2 first) where an improper list does.
  defp unquote(:"-sum/1-lists^foldl/2-0-")(acc, [h | t]), do: unquote(:"-sum/1-lists^foldl/2-0-")(h + acc, t) #@ 2468
  defp unquote(:"-sum/1-lists^foldl/2-0-")(acc, []), do: acc #@ 2468
  defp unquote(:"-sum/1-lists^foldl/2-0-")(acc, tail), do: unquote(:"-sum/1-lists^foldl/2-0-")(&+/2, acc, tail)
  defp unquote(:"-sum/1-lists^foldl/2-0-")(_plus, acc, []), do: acc #@ 2468

  def product(list) when is_list(list), do: unquote(:"-product/1-lists^foldl/2-0-")(1, list)
  def product(%{} = map) when not is_map_key(map, :__struct__), do: :maps.fold(fn k, v, acc -> {k, v} * acc end, 1, map) #@ 2480

  def product(enumerable),
    do: :erlang.element(2, Enumerable.reduce(enumerable, {:cont, 1}, fn x, acc -> {:cont, x * acc} end)) #@ 4307

  defp unquote(:"-product/1-lists^foldl/2-0-")(acc, [h | t]), do: unquote(:"-product/1-lists^foldl/2-0-")(h * acc, t) #@ 2468
  defp unquote(:"-product/1-lists^foldl/2-0-")(acc, []), do: acc #@ 2468
  defp unquote(:"-product/1-lists^foldl/2-0-")(acc, tail), do: unquote(:"-product/1-lists^foldl/2-0-")(&*/2, acc, tail)
  defp unquote(:"-product/1-lists^foldl/2-0-")(_times, acc, []), do: acc #@ 2468

  # The fallback may come second (third for the _by ones), as before Elixir
  # took a sorter: max/2 and max_by/3 tell the two apart, max/3 does not.
  def max(list = [_ | _]), do: :lists.max(list)
  def max(enumerable), do: max(enumerable, &>=/2, fn -> raise Enum.EmptyError end) #@ 1855
  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0), do: max(enumerable, &>=/2, empty_fallback)
  def max(enumerable, sorter), do: max(enumerable, sorter, fn -> raise Enum.EmptyError end) #@ 1855
  def max(enumerable, sorter, empty_fallback), do: aggregate(enumerable, max_sort_fun(sorter), empty_fallback) #@ 1856

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter #@ 1859
  defp max_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :lt) #@ 1860

  def min(list = [_ | _]), do: :lists.min(list)
  def min(enumerable), do: min(enumerable, &<=/2, fn -> raise Enum.EmptyError end) #@ 2035
  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0), do: min(enumerable, &<=/2, empty_fallback)
  def min(enumerable, sorter), do: min(enumerable, sorter, fn -> raise Enum.EmptyError end) #@ 2035
  def min(enumerable, sorter, empty_fallback), do: aggregate(enumerable, min_sort_fun(sorter), empty_fallback) #@ 2036

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter #@ 2039
  defp min_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt) #@ 2040

  def max_by(enumerable, fun), do: max_by(enumerable, fun, &>=/2, fn -> raise Enum.EmptyError end) #@ 1925

  def max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: max_by(enumerable, fun, &>=/2, empty_fallback)

  def max_by(enumerable, fun, sorter), do: max_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end) #@ 1925

  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1), #@ 1925
    do: aggregate_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)

  def min_by(enumerable, fun), do: min_by(enumerable, fun, &<=/2, fn -> raise Enum.EmptyError end) #@ 2105

  def min_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: min_by(enumerable, fun, &<=/2, empty_fallback)

  def min_by(enumerable, fun, sorter), do: min_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end) #@ 2105

  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1), #@ 2105
    do: aggregate_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)

  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end) #@ 2131

  def min_max(first..last//step = range, empty_fallback) when is_function(empty_fallback, 0) do #@ 2133
    case Range.size(range) do
      0 ->
        empty_fallback.()

      _ ->
        last = last - rem(last - first, step)
        {:erlang.min(first, last), :erlang.max(first, last)}
    end
  end

  def min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    # [min | max], as Elixir keeps them (its FunctionClauseErrors show them)
    first = fn x -> [x | x] end
    next = fn x, [lo | hi] -> [:erlang.min(lo, x) | :erlang.max(hi, x)] end

    result =
      case enumerable do
        [h | t] -> unquote(:"-min_max/2-lists^foldl/2-0-")(next, first.(h), t) #@ 4067
        [] -> :empty
        _ -> reduce(enumerable, :empty, fn x, :empty -> first.(x); x, acc -> next.(x, acc) end)
      end

    case result do
      :empty -> empty_fallback.()
      [min | max] -> {min, max}
    end
  end

  defp unquote(:"-min_max/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 4067
    do: unquote(:"-min_max/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 4067

  defp unquote(:"-min_max/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 4067

  def min_max_by(enumerable, fun), do: min_max_by(enumerable, fun, &</2, fn -> raise Enum.EmptyError end) #@ 2223

  def min_max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: min_max_by(enumerable, fun, &</2, empty_fallback)

  def min_max_by(enumerable, fun, sorter), do: min_max_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end) #@ 2223

  def min_max_by(enumerable, fun, sorter, empty_fallback) #@ 2226
      when is_function(fun, 1) and is_atom(sorter) and is_function(empty_fallback, 0),
      do: min_max_by(enumerable, fun, min_max_by_sort_fun(sorter), empty_fallback)

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0) do
    # {min, max, fun.(min), fun.(max)}, as Elixir keeps them
    first = fn x ->
      fx = fun.(x) #@ 2234
      {x, x, fx, fx}
    end

    next = fn x, {lo, hi, flo, fhi} = acc ->
      fx = fun.(x) #@ 2240

      cond do
        sorter.(fx, flo) -> {x, hi, fx, fhi} #@ 2242
        sorter.(fhi, fx) -> {lo, x, flo, fx} #@ 2243
        true -> acc
      end
    end

    result =
      case enumerable do
        [h | t] -> unquote(:"-min_max_by/4-lists^foldl/2-0-")(next, first.(h), t) #@ 4067
        [] -> :empty
        _ -> reduce(enumerable, :empty, fn x, :empty -> first.(x); x, acc -> next.(x, acc) end)
      end

    case result do
      :empty -> empty_fallback.()
      {min, max, _, _} -> {min, max}
    end
  end

  defp unquote(:"-min_max_by/4-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 4067
    do: unquote(:"-min_max_by/4-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 4067

  defp unquote(:"-min_max_by/4-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 4067

  defp min_max_by_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) == :lt) #@ 2259

  # The first element wins ties: acc stays while fun.(acc, x) holds. A fun
  # answering neither true nor false is a CaseClauseError, as in Elixir.
  defp aggregate([head | tail], fun, _empty), do: aggregate_list(tail, head, fun)
  defp aggregate([], _fun, empty), do: empty.() #@ 3998

  defp aggregate(first..last//step = range, fun, empty) do
    case Range.size(range) do
      0 ->
        empty.()

      _ ->
        last = last - rem(last - first, step)

        case fun.(first, last) do #@ 4009
          true -> first
          false -> last
        end
    end
  end

  defp aggregate(enumerable, fun, empty) do
    ref = make_ref()

    reducer = fn
      x, ^ref ->
        x

      x, acc ->
        case fun.(acc, x) do #@ 4025
          true -> acc
          false -> x
        end
    end

    result =
      case enumerable do
        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, ref, map)

        _ ->
          :erlang.element(2, Enumerable.reduce(enumerable, {:cont, ref}, fn x, acc -> {:cont, reducer.(x, acc)} end)) #@ 4307
      end

    case result do
      ^ref -> empty.()
      result -> result
    end
  end

  defp aggregate_list([head | tail], acc, fun) do #@ 4036
    acc =
      case fun.(acc, head) do #@ 4038
        true -> acc
        false -> head
      end

    aggregate_list(tail, acc, fun)
  end

  defp aggregate_list([], acc, _fun), do: acc

  defp aggregate_by(enumerable, fun, sorter, fallback) do
    # [element | fun.(element)], as Elixir keeps them
    first = fn x -> [x | fun.(x)] end #@ 4049

    reducer = fn x, [_ | fa] = acc ->
      fx = fun.(x) #@ 4052

      case sorter.(fa, fx) do #@ 4054
        true -> acc
        false -> [x | fx]
      end
    end

    result =
      case enumerable do
        [h | t] ->
          unquote(:"-aggregate_by/4-lists^foldl/2-0-")(reducer, first.(h), t) #@ 4067

        [] ->
          :empty

        %Range{first: from, last: to, step: step} ->
          reduce_range(from, to, step, :empty, fn x, :empty -> first.(x); x, acc -> reducer.(x, acc) end) #@ 4075

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, :empty -> first.({k, v}); k, v, acc -> reducer.({k, v}, acc) end, :empty, map) #@ 4075

        _ ->
          Enumerable.reduce(enumerable, {:cont, :empty}, fn
            x, :empty -> {:cont, first.(x)}
            x, acc -> {:cont, reducer.(x, acc)}
          end)
      end

    case reduced(result) do
      :empty -> fallback.()
      [best | _] -> best
    end
  end

  defp unquote(:"-aggregate_by/4-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 4067
    do: unquote(:"-aggregate_by/4-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 4067

  defp unquote(:"-aggregate_by/4-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 4067


  def frequencies(list) when is_list(list), do: unquote(:"-frequencies/1-lists^foldl/2-0-")(&count_key/2, %{}, list)
  def frequencies(enumerable), do: reduce(enumerable, %{}, &count_key/2)

  defp count_key(key, acc) do
    case acc do
      %{^key => n} -> %{acc | key => n + 1}
      %{} -> :maps.put(key, 1, acc)
    end
  end

  defp unquote(:"-frequencies/1-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-frequencies/1-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-frequencies/1-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def frequencies_by(enumerable, key_fun) when is_function(key_fun) do #@ 1342
    reducer = fn x, acc ->
      key = key_fun.(x) #@ 1344

      case acc do
        %{^key => n} -> %{acc | key => n + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end

    case enumerable do
      list when is_list(list) -> unquote(:"-frequencies_by/2-lists^foldl/2-0-")(reducer, %{}, list)
      _ -> reduce(enumerable, %{}, reducer)
    end
  end

  defp unquote(:"-frequencies_by/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-frequencies_by/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-frequencies_by/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def group_by(enum, key_fun, value_fun \\ fn x -> x end) do
    reducer = fn x, acc ->
      key = key_fun.(x) #@ 1375
      value = value_fun.(x) #@ 1376

      case acc do
        %{^key => existing} -> %{acc | key => [value | existing]}
        %{} -> :maps.put(key, [value], acc)
      end
    end

    unquote(:"-group_by/3-lists^foldl/2-0-")(reducer, %{}, reverse(enum)) #@ 1374
  end

  defp unquote(:"-group_by/3-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-group_by/3-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-group_by/3-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  # Searching

  def member?(list, x) when is_list(list), do: :lists.member(x, list)

  def member?(enum, x) do
    case Enumerable.member?(enum, x) do #@ 1960
      {:ok, found} -> found
      {:error, _} -> find_reduce(enum, false, fn y, _ -> if y === x, do: {:halt, true}, else: {:cont, false} end)
    end
  end

  def find(enumerable, default \\ nil, fun)
  def find(list, default, fun) when is_list(list), do: find_list(list, default, fun)

  def find(enumerable, default, fun) do
    reducer = fn x, acc ->
      if fun.(x), do: {:halt, x}, else: {:cont, acc} #@ 1151
    end

    :erlang.element(2, Enumerable.reduce(enumerable, {:cont, default}, reducer)) #@ 1150
  end

  defp find_list([head | tail], default, fun) do #@ 4210
    if fun.(head), do: head, else: find_list(tail, default, fun) #@ 4211
  end

  defp find_list([], default, _), do: default

  def find_index(list, fun) when is_list(list), do: find_index_list(list, 0, fun)

  def find_index(enumerable, fun) do
    finder = fn x, {_, i} ->
      if fun.(x), do: {:halt, {:found, i}}, else: {:cont, {:not_found, i + 1}} #@ 1177
    end

    case :erlang.element(2, Enumerable.reduce(enumerable, {:cont, {:not_found, 0}}, finder)) do #@ 1176
      {:found, i} -> i
      {:not_found, _} -> nil
    end
  end

  defp find_index_list([head | tail], counter, fun) do #@ 4224
    if fun.(head), do: counter, else: find_index_list(tail, counter + 1, fun) #@ 4225
  end

  defp find_index_list([], _, _), do: nil

  def find_value(enumerable, default \\ nil, fun)
  def find_value(list, default, fun) when is_list(list), do: find_value_list(list, default, fun)

  def find_value(enumerable, default, fun) do
    reducer = fn x, acc ->
      v = fun.(x) #@ 1219
      if v, do: {:halt, v}, else: {:cont, acc}
    end

    :erlang.element(2, Enumerable.reduce(enumerable, {:cont, default}, reducer)) #@ 1218
  end

  defp find_value_list([head | tail], default, fun) do #@ 4238
    v = fun.(head) #@ 4239
    if v, do: v, else: find_value_list(tail, default, fun)
  end

  defp find_value_list([], default, _), do: default

  def any?(list) when is_list(list), do: any_list(list)
  def any?(enumerable), do: find_reduce(enumerable, false, fn x, _ -> if x, do: {:halt, true}, else: {:cont, false} end)

  def any?(list, fun) when is_list(list), do: any_list(list, fun)

  def any?(enumerable, fun) do
    reducer = fn x, _acc ->
      if fun.(x), do: {:halt, true}, else: {:cont, false} #@ 437
    end

    :erlang.element(2, Enumerable.reduce(enumerable, {:cont, false}, reducer)) #@ 436
  end

  defp any_list([h | t]), do: if(h, do: true, else: any_list(t)) #@ 4123
  defp any_list([]), do: false

  defp any_list([h | t], fun) do #@ 4135
    if fun.(h), do: true, else: any_list(t, fun) #@ 4136
  end

  defp any_list([], _), do: false

  def all?(list) when is_list(list), do: all_list(list)
  def all?(enumerable), do: find_reduce(enumerable, true, fn x, _ -> if x, do: {:cont, true}, else: {:halt, false} end)

  def all?(list, fun) when is_list(list), do: all_list(list, fun)

  def all?(enumerable, fun) do
    reducer = fn x, _acc ->
      if fun.(x), do: {:cont, true}, else: {:halt, false} #@ 376
    end

    :erlang.element(2, Enumerable.reduce(enumerable, {:cont, true}, reducer)) #@ 375
  end

  defp all_list([h | t]), do: if(h, do: all_list(t), else: false) #@ 4097
  defp all_list([]), do: true

  defp all_list([h | t], fun) do #@ 4109
    if fun.(h), do: all_list(t, fun), else: false #@ 4110
  end

  defp all_list([], _), do: true

  def empty?(list) when is_list(list), do: list == []

  def empty?(enum) do
    case Enumerable.count(enum) do
      {:ok, n} -> n == 0
      {:error, _} -> find_reduce(enum, true, fn _, _ -> {:halt, false} end)
    end
  end

  def at(enumerable, index, default \\ nil) when is_integer(index) do #@ 467
    case fetch(enumerable, index) do
      {:ok, x} -> x
      :error -> default
    end
  end

  def fetch(enumerable, index) when is_integer(index) do #@ 1043
    case enumerable do
      list when is_list(list) and index >= 0 ->
        case take_list(drop_list(list, index), 1) do
          [x] -> {:ok, x}
          [] -> :error
        end

      %Range{first: first, step: step} = range ->
        n = Range.size(range)
        index = if index < 0, do: n + index, else: index
        if index >= 0 and index < n, do: {:ok, first + index * step}, else: :error

      _ when index < 0 ->
        list = to_list(enumerable)
        n = length(list)
        if n + index >= 0, do: {:ok, hd(drop_list(list, n + index))}, else: :error

      _ ->
        result =
          find_reduce(enumerable, {:not_found, 0}, fn x, {_, i} ->
            if i == index, do: {:halt, {:found, x}}, else: {:cont, {:not_found, i + 1}}
          end)

        case result do
          {:found, x} -> {:ok, x}
          _ -> :error
        end
    end
  end

  def fetch!(enumerable, index) when is_integer(index) do #@ 1069
    case fetch(enumerable, index) do
      {:ok, x} -> x
      :error -> raise Enum.OutOfBoundsError #@ 1072
    end
  end

  # Taking and dropping

  def take(_enumerable, 0), do: [] #@ 3439
  def take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0, do: take_list(enumerable, amount)

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {_, {res, _}} =
      Enumerable.reduce(enumerable, {:cont, {[], amount}}, fn x, {l, k} -> #@ 3448
        if k > 1, do: {:cont, {[x | l], k - 1}}, else: {:halt, {[x | l], 0}}
      end)

    :lists.reverse(res)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    drop_list(list, :erlang.max(length(list) + amount, 0))
  end

  defp take_list(_list, 0), do: [] #@ 4656
  defp take_list([head | tail], counter), do: [head | take_list(tail, counter - 1)]
  defp take_list([], _counter), do: []

  def drop(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount >= 0, #@ 882
    do: drop_list(enumerable, amount)

  def drop(enumerable, 0), do: to_list(enumerable)

  def drop(enumerable, amount) when is_integer(amount) and amount > 0 do
    list =
      if reducible?(enumerable),
        do: collected(Enumerable.reduce(enumerable, {:cont, []}, &{:cont, [&1 | &2]})), #@ 4307
        else: elements(enumerable)

    drop_list(list, amount)
  end

  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    take_list(list, :erlang.max(length(list) + amount, 0))
  end

  defp drop_list(list, 0), do: list #@ 4176
  defp drop_list([_ | tail], counter), do: drop_list(tail, counter - 1)
  defp drop_list([], _), do: []

  def take_while(list, fun) when is_list(list), do: take_while_list(list, fun)

  def take_while(enumerable, fun) do
    reducer = fn x, acc ->
      if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc} #@ 3623
    end

    res = :erlang.element(2, Enumerable.reduce(enumerable, {:cont, []}, reducer)) #@ 3622
    :lists.reverse(res)
  end

  defp take_while_list([head | tail], fun) do #@ 4674
    if fun.(head), do: [head | take_while_list(tail, fun)], else: [] #@ 4675
  end

  defp take_while_list([], _), do: []

  def drop_while(list, fun) when is_list(list), do: drop_while_list(list, fun)

  def drop_while(enumerable, fun) do
    reducer = fn
      x, {acc, true} -> if fun.(x), do: {acc, true}, else: {[x | acc], false} #@ 956
      x, {acc, false} -> {[x | acc], false}
    end

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, {[], true}, reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, {[], true}, map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, {[], true}}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    {res, _} = reduced(acc)
    :lists.reverse(res)
  end

  defp drop_while_list([head | tail], fun) do #@ 4182
    if fun.(head), do: drop_while_list(tail, fun), else: [head | tail] #@ 4183
  end

  defp drop_while_list([], _), do: []

  def split(enumerable, count) when is_list(enumerable) and is_integer(count) and count >= 0, #@ 3299
    do: split_list(enumerable, count, [])

  def split(enumerable, count) when is_integer(count) and count >= 0 do
    list =
      if reducible?(enumerable),
        do: collected(Enumerable.reduce(enumerable, {:cont, []}, &{:cont, [&1 | &2]})), #@ 4307
        else: elements(enumerable)

    split_list(list, count, [])
  end

  def split(enumerable, count) when is_integer(count) and count < 0,
    do: split_reverse_list(reverse(enumerable), -count, [])

  defp split_list([head | tail], counter, acc) when counter > 0, do: split_list(tail, counter - 1, [head | acc]) #@ 4616
  defp split_list(list, 0, acc), do: {:lists.reverse(acc), list}
  defp split_list([], _, acc), do: {:lists.reverse(acc), []}

  defp split_reverse_list([head | tail], counter, acc) when counter > 0,
    do: split_reverse_list(tail, counter - 1, [head | acc])

  defp split_reverse_list(list, 0, acc), do: {:lists.reverse(list), acc}
  defp split_reverse_list([], _, acc), do: {[], acc}

  def split_while(list, fun) when is_list(list), do: split_while_list(list, fun, [])

  def split_while(enumerable, fun) do
    {taken, rest} =
      reduce(enumerable, {[], []}, fn
        x, {taken, []} -> if fun.(x), do: {[x | taken], []}, else: {taken, [x]} #@ 3348
        x, {taken, rest} -> {taken, [x | rest]}
      end)

    {:lists.reverse(taken), :lists.reverse(rest)}
  end

  defp split_while_list([head | tail], fun, acc) do #@ 4642
    if fun.(head), do: split_while_list(tail, fun, [head | acc]), else: {:lists.reverse(acc), [head | tail]} #@ 4643
  end

  defp split_while_list([], _, acc), do: {:lists.reverse(acc), []}

  def split_with(enumerable, fun) do
    split = fn x, {yes, no} -> if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]} end #@ 2294

    {yes, no} =
      case enumerable do
        list when is_list(list) -> unquote(:"-split_with/2-lists^foldl/2-0-")(split, {[], []}, list)
        _ -> reduce(enumerable, {[], []}, split)
      end

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  defp unquote(:"-split_with/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-split_with/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-split_with/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def partition(enumerable, fun), do: split_with(enumerable, fun)

  def slice(enumerable, first..last//step = index_range) do #@ 2919
    cond do
      step > 0 -> slice_range(enumerable, first, last, step)
      step == -1 and first > last -> slice_range(enumerable, first, last, 1)
      true -> raise ArgumentError, "Enum.slice/2 does not accept ranges with negative steps, got: #{Kernel.inspect(index_range)}"
    end
  end

  # A range of before Elixir 1.12, without a step
  def slice(enumerable, %{__struct__: Range, first: first, last: last} = index_range),
    do: slice(enumerable, :maps.put(:step, if(first <= last, do: 1, else: -1), index_range))

  def slice(_enumerable, start_index, 0) when is_integer(start_index), do: [] #@ 3007

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0 do
    case enumerable do
      %Range{} = range ->
        n = Range.size(range)
        start = :erlang.max(n + start_index, 0)
        if start < n, do: range_slice(range, start, :erlang.min(amount, n - start), 1), else: []

      _ ->
        list = to_list(enumerable)
        take_list(drop_list(list, :erlang.max(length(list) + start_index, 0)), amount)
    end
  end

  def slice(enumerable, start_index, amount) when is_integer(start_index) and is_integer(amount) and amount >= 0 do
    case enumerable do
      list when is_list(list) ->
        take_list(drop_list(list, start_index), amount)

      %Range{} = range ->
        n = Range.size(range)
        if start_index < n, do: range_slice(range, start_index, :erlang.min(amount, n - start_index), 1), else: []

      _ ->
        slice_lazy(enumerable, start_index, amount, 1)
    end
  end

  # Ranges are sliced arithmetically, so 1..1_000_000_000 is never listed.
  defp slice_range(%Range{} = range, first, last, step) do
    n = Range.size(range)
    {first, amount} = slice_bounds(first, last, n)
    if first < n and amount > 0, do: range_slice(range, first, :erlang.min(amount, n - first), step), else: []
  end

  # Non-negative indices need no count: a list is cut as far as last, a
  # stream is read only as far as last.
  defp slice_range(list, first, last, step) when is_list(list) and first >= 0 and last >= first,
    do: take_every(take_list(drop_list(list, first), last - first + 1), step)

  defp slice_range(enum, first, last, step) when first >= 0 and last >= first do
    slice_lazy(enum, first, last - first + 1, step)
  end

  defp slice_range(enum, first, last, step) do
    list = to_list(enum)
    {first, amount} = slice_bounds(first, last, length(list))

    if first < length(list) and amount > 0,
      do: take_every(take_list(drop_list(list, first), amount), step),
      else: []
  end

  defp slice_bounds(first, last, n) do
    first = if first >= 0, do: first, else: :erlang.max(first + n, 0)
    last = if last >= 0, do: last, else: last + n
    {first, last - first + 1}
  end

  defp slice_lazy(enum, start, amount, step) do
    {_, {_, _, taken}} =
      Enumerable.reduce(enum, {:cont, {start, amount, []}}, fn
        _, {skip, left, acc} when skip > 0 -> {:cont, {skip - 1, left, acc}}
        x, {0, 1, acc} -> {:halt, {0, 0, [x | acc]}}
        x, {0, left, acc} -> {:cont, {0, left - 1, [x | acc]}}
      end)

    take_every(:lists.reverse(taken), step)
  end

  # amount elements of range from index start on, every step-th of them.
  defp range_slice(%Range{first: first, step: rstep}, start, amount, step) do
    from = first + start * rstep
    range_to_list(%Range{first: from, last: from + (amount - 1) * rstep, step: rstep * step})
  end

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ []) #@ 538
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    {acc, chunk_fun, after_fun} = chunk_every_funs(count, step, leftover)
    chunk_while(enumerable, acc, chunk_fun, after_fun)
  end

  def chunk_every_funs(count, step, leftover) do
    limit = :erlang.max(count, step)

    chunk_fun = fn x, {buffer, n} ->
      buffer = [x | buffer]
      n = n + 1

      state =
        if n >= limit do
          remaining = n - step
          {take_list(buffer, remaining), remaining}
        else
          {buffer, n}
        end

      if n == count, do: {:cont, :lists.reverse(buffer), state}, else: {:cont, state}
    end

    after_fun = fn {buffer, n} ->
      if leftover == :discard or n == 0 or n >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(buffer, take(leftover, count - n)), []}
      end
    end

    {{[], 0}, chunk_fun, after_fun}
  end

  def chunk_by(enumerable, fun), do: Stream.Reducers.chunk_by(&chunk_while/4, enumerable, fun)

  # Stream.chunk_by/2's accumulator and funs: those of Stream.Reducers.chunk_by/3
  def chunk_by_funs(fun), do: Stream.Reducers.chunk_by(fn _, acc, chunk_fun, after_fun -> {acc, chunk_fun, after_fun} end, nil, fun)

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {_, {res, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {buffer, acc} -> #@ 595
        case chunk_fun.(x, acc) do #@ 596
          {:cont, chunk, acc} -> {:cont, {[chunk | buffer], acc}}
          {:cont, acc} -> {:cont, {buffer, acc}}
          {:halt, acc} -> {:halt, {buffer, acc}} #@ 596
        end
      end)

    case after_fun.(acc) do #@ 603
      {:cont, _} -> :lists.reverse(res)
      {:cont, chunk, _} -> :lists.reverse([chunk | res]) #@ 603
    end
  end

  def slide(enumerable, range_or_single_index, insertion_index)

  def slide(enumerable, single_index, insertion_index) when is_integer(single_index), #@ 2657
    do: slide(enumerable, single_index..single_index, insertion_index)

  def slide(_, _.._//step = index_range, _insertion_index) when step != 1 do
    raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{Kernel.inspect(index_range)}" #@ 2663
  end

  # Negative indices count from the end; a negative insertion index wraps
  # around as many times as it takes.
  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when first < 0 or last < 0 or insertion_index < 0 do
    count = count(enumerable)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count

    insertion_index =
      if insertion_index >= 0, do: insertion_index, else: Integer.mod(insertion_index, :erlang.max(count, 1))

    if last < 0, do: to_list(enumerable), else: slide(enumerable, first..last//1, insertion_index)
  end

  def slide(enumerable, %{__struct__: Range, first: insertion_index, last: _}, insertion_index),
    do: to_list(enumerable)

  def slide(_, %{__struct__: Range, first: first, last: last}, insertion_index)
      when insertion_index > first and insertion_index <= last do
    raise ArgumentError, #@ 2691
          "insertion index for slide must be outside the range being moved " <>
            "(tried to insert #{first}..#{last} at #{insertion_index})"
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, _insertion_index) when first > last,
    do: to_list(enumerable)

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index) do
    list = elements(enumerable)
    n = length(list)

    cond do
      first >= n ->
        list

      insertion_index > last ->
        slide_list_start(list, first, :erlang.min(last, n - 1), insertion_index)

      true ->
        last = :erlang.min(last, n - 1)
        {front, rest} = split_list(list, insertion_index, [])
        {between, rest} = split_list(rest, first - insertion_index, [])
        {moved, back} = split_list(rest, last - first + 1, [])
        front ++ moved ++ between ++ back
    end
  end

  # The range moves forward, to insertion_index or to the end.
  defp slide_list_start(list, first, last, insertion_index) do
    {front, rest} = split_list(list, first, [])
    {moved, rest} = split_list(rest, last - first + 1, [])
    {between, back} = split_list(rest, :erlang.min(insertion_index - last, length(rest)), []) #@ 2744
    front ++ between ++ moved ++ back
  end

  # Order

  def reverse([]), do: []
  def reverse([_] = list), do: list
  def reverse([element1, element2]), do: [element2, element1]
  def reverse([element1, element2 | rest]), do: :lists.reverse(rest, [element2, element1])
  # [h | t] with t not a list: folded as Elixir's reduce/3 folds it, and fails there
  def reverse(list) when is_list(list), do: unquote(:"-reverse/1-lists^foldl/2-0-")(&[&1 | &2], [], list)
  def reverse(%Range{} = range), do: reduce(range, [], fn x, acc -> [x | acc] end)
  def reverse(map) when is_map(map) and not is_map_key(map, :__struct__), do: reduce(map, [], fn x, acc -> [x | acc] end)
  def reverse(enum), do: :erlang.element(2, Enumerable.reduce(enum, {:cont, []}, fn x, acc -> {:cont, [x | acc]} end)) #@ 4307

  defp unquote(:"-reverse/1-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-reverse/1-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-reverse/1-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def reverse(enumerable, tail) do
    tail = to_list(tail)
    :lists.reverse(elements(enumerable), tail)
  end

  def reverse_slice(enumerable, start_index, count) #@ 2594
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = :lists.reverse(reverse(enumerable))
    {front, rest} = split_list(list, start_index, [])
    {middle, back} = split_list(rest, count, [])
    front ++ :lists.reverse(middle) ++ back
  end

  def sort(list) when is_list(list), do: :lists.sort(list)
  def sort(enumerable), do: sort(enumerable, &<=/2)

  def sort(enumerable, sorter) do
    fun = to_sort_fun(sorter)

    list =
      if reducible?(enumerable),
        do: collected(Enumerable.reduce(enumerable, {:cont, []}, &{:cont, [&1 | &2]})), #@ 4307
        else: elements(enumerable)

    merge_sort(list, fun)
  end

  # :asc and :desc go through :lists.keysort, as Elixir's do, so that
  # equal keys that differ (1 and 1.0) end up where Elixir puts them.
  def sort_by(enumerable, mapper, sorter \\ :asc)

  def sort_by(enumerable, mapper, :desc) when is_function(mapper, 1) do #@ 3255
    pairs = reduce(enumerable, [], fn x, acc -> [{x, mapper.(x)} | acc] end) #@ 3257
    :lists.foldl(fn {x, _}, acc -> [x | acc] end, [], :lists.keysort(2, pairs))
  end

  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    pairs = map(enumerable, fn x -> {x, mapper.(x)} end) #@ 3264

    case sorter do
      :asc ->
        map_list(:lists.keysort(2, pairs), fn {x, _} -> x end)

      _ ->
        fun = to_sort_fun(sorter)
        map_list(merge_sort(pairs, fn {_, a}, {_, b} -> fun.(a, b) end), fn {x, _} -> x end)
    end
  end

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter #@ 3135
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt) #@ 3138
  defp to_sort_fun({:asc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:desc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  # Stable bottom-up merge sort: fun.(a, b) true means a may precede b.
  defp merge_sort(list, fun), do: merge_all(map_list(list, fn x -> [x] end), fun)

  defp merge_all([], _fun), do: []
  defp merge_all([single], _fun), do: single
  defp merge_all(runs, fun), do: merge_all(merge_pairs(runs, fun), fun)

  defp merge_pairs([a, b | rest], fun), do: [merge(a, b, fun) | merge_pairs(rest, fun)]
  defp merge_pairs(runs, _fun), do: runs

  defp merge([], b, _fun), do: b
  defp merge(a, [], _fun), do: a

  defp merge([x | xs] = a, [y | ys] = b, fun) do
    if fun.(x, y), do: [x | merge(xs, b, fun)], else: [y | merge(a, ys, fun)]
  end

  # Uniqueness

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  def uniq_by(list, fun) when is_list(list), do: uniq_list(list, %{}, fun)

  def uniq_by(enumerable, fun) do
    reducer = fn x, {l, seen} ->
      key = fun.(x) #@ 3694
      if :erlang.is_map_key(key, seen), do: {l, seen}, else: {[x | l], :maps.put(key, true, seen)}
    end

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, {[], %{}}, reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, {[], %{}}, map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, {[], %{}}}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    {res, _} = reduced(acc)
    :lists.reverse(res)
  end

  defp uniq_list([head | tail], set, fun) do #@ 4688
    key = fun.(head) #@ 4689

    if :erlang.is_map_key(key, set),
      do: uniq_list(tail, set, fun),
      else: [head | uniq_list(tail, :maps.put(key, true, set), fun)]
  end

  defp uniq_list([], _set, _fun), do: []

  def dedup(list) when is_list(list), do: :lists.reverse(dedup_list(list, []))

  def dedup(enumerable) do
    res = reduce(enumerable, [], fn x, acc -> if match?([^x | _], acc), do: acc, else: [x | acc] end) #@ 828
    :lists.reverse(res)
  end

  defp dedup_list([value | tail], acc) do #@ 4160
    acc =
      case acc do
        [^value | _] -> acc
        _ -> [value | acc]
      end

    dedup_list(tail, acc)
  end

  defp dedup_list([], acc), do: acc

  def dedup_by(enumerable, fun) do
    dedup = fn x, {l, prev} = acc ->
      value = fun.(x) #@ 855

      case prev do
        {:value, ^value} -> acc
        _ -> {[x | l], {:value, value}}
      end
    end

    {res, _} =
      case enumerable do
        list when is_list(list) -> unquote(:"-dedup_by/2-lists^foldl/2-0-")(dedup, {[], :none}, list)
        _ -> reduce(enumerable, {[], :none}, dedup)
      end

    :lists.reverse(res)
  end

  defp unquote(:"-dedup_by/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-dedup_by/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-dedup_by/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  # Combining

  def concat(enumerables), do: flat_map(enumerables, &elements/1)
  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: concat_enum([left, right])

  # Each enumerable folds into one reversed list, a list in a helper of
  # concat_enum's own, as Elixir's reduce/3 inlined there.
  defp concat_enum(enumerables) do
    fun = &[&1 | &2]

    reversed =
      reduce(enumerables, [], fn
        list, acc when is_list(list) -> unquote(:"-concat_enum/1-lists^foldl/2-0-")(fun, acc, list)
        enumerable, acc -> reduce(enumerable, acc, fun)
      end)

    :lists.reverse(reversed)
  end

  defp unquote(:"-concat_enum/1-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-concat_enum/1-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-concat_enum/1-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def zip(enumerable1, enumerable2) when is_list(enumerable1) and is_list(enumerable2),
    do: zip_list(enumerable1, enumerable2, [])

  def zip(enumerable1, enumerable2), do: zip([enumerable1, enumerable2])

  defp zip_list([head1 | next1], [head2 | next2], acc), do: zip_list(next1, next2, [{head1, head2} | acc]) #@ 4717
  defp zip_list([], _, acc), do: :lists.reverse(acc)
  defp zip_list(_, [], acc), do: :lists.reverse(acc)

  def zip([]), do: []

  def zip(enumerables) do
    case elements(enumerables) do
      [] -> []
      enums -> if all_lists?(enums), do: zip_lists(enums, []), else: to_list(Stream.zip(enums))
    end
  end

  defp all_lists?([]), do: true
  defp all_lists?([h | t]) when is_list(h), do: all_lists?(t)
  defp all_lists?(_), do: false

  defp zip_lists(lists, acc) do
    if any_empty?(lists) do
      :lists.reverse(acc)
    else
      heads = map_list(lists, fn [h | _] -> h end)
      tails = map_list(lists, fn [_ | t] -> t end)
      zip_lists(tails, [:erlang.list_to_tuple(heads) | acc])
    end
  end

  defp any_empty?([]), do: false
  defp any_empty?([[] | _]), do: true
  defp any_empty?([_ | t]), do: any_empty?(t)

  def zip_with(enumerable1, enumerable2, zip_fun) #@ 3881
      when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2),
      do: zip_with_list(enumerable1, enumerable2, zip_fun)

  def zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2),
    do: map(zip(enumerable1, enumerable2), fn {a, b} -> zip_fun.(a, b) end)

  def zip_with(enumerables, zip_fun), do: map(zip(enumerables), fn t -> zip_fun.(:erlang.tuple_to_list(t)) end)

  defp zip_with_list([head1 | next1], [head2 | next2], fun), #@ 4724
    do: [fun.(head1, head2) | zip_with_list(next1, next2, fun)]

  defp zip_with_list(_, [], _fun), do: []
  defp zip_with_list([], _, _fun), do: []

  def zip_reduce(left, right, acc, reducer) #@ 3941
      when is_list(left) and is_list(right) and is_function(reducer, 3),
      do: zip_reduce_list(left, right, acc, reducer)

  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3),
    do: reduce(zip(left, right), acc, fn {a, b}, acc -> reducer.(a, b, acc) end)

  defp zip_reduce_list([head1 | tail1], [head2 | tail2], acc, reducer),
    do: zip_reduce_list(tail1, tail2, reducer.(head1, head2, acc), reducer)

  defp zip_reduce_list(_, [], acc, _reducer), do: acc
  defp zip_reduce_list([], _, acc, _reducer), do: acc

  def zip_reduce([], acc, reducer) when is_function(reducer, 2), do: acc #@ 3980

  def zip_reduce(enums, acc, reducer) when is_function(reducer, 2),
    do: reduce(zip(enums), acc, fn t, acc -> reducer.(:erlang.tuple_to_list(t), acc) end)

  def unzip(list) when is_list(list), do: unzip(:lists.reverse(list), [], [])

  def unzip(enumerable) do
    reducer = fn {el1, el2}, {list1, list2} -> {[el1 | list1], [el2 | list2]} end #@ 3730

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, {[], []}, reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, {[], []}, map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, {[], []}}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    {list1, list2} = reduced(acc)
    {:lists.reverse(list1), :lists.reverse(list2)}
  end

  defp unzip([{el1, el2} | reversed_list], list1, list2), do: unzip(reversed_list, [el1 | list1], [el2 | list2]) #@ 3737
  defp unzip([], list1, list2), do: {list1, list2}

  # Joining and collecting

  def join(enumerable, joiner \\ "")

  def join(enumerable, "") do #@ 1615
    :erlang.iolist_to_binary(map(enumerable, &entry_to_string/1)) #@ 1617
  end

  def join(enumerable, joiner) when is_list(enumerable) and is_binary(joiner), do: join_list(enumerable, joiner)

  def join(enumerable, joiner) when is_binary(joiner) do
    list =
      if reducible?(enumerable),
        do: collected(Enumerable.reduce(enumerable, {:cont, []}, &{:cont, [&1 | &2]})), #@ 4307
        else: to_list(enumerable)

    join_list(list, joiner)
  end

  defp join_list([], _joiner), do: ""
  defp join_list(list, joiner), do: :erlang.iolist_to_binary(:lists.reverse(join_non_empty_list(list, joiner, []))) #@ 4272

  # The parts gather reversed: [joiner, "1"] after the first of several.
  defp join_non_empty_list([first], _joiner, acc), #@ 4277
    do: [entry_to_string(first) | acc] #@ 3991

  defp join_non_empty_list([first | rest], joiner, acc),
    do: join_non_empty_list(rest, joiner, [joiner, entry_to_string(first) | acc]) #@ 3991

  defp entry_to_string(x) when is_binary(x), do: x
  defp entry_to_string(x), do: String.Chars.to_string(x)

  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) do #@ 1753
    list = map_intersperse(enumerable, joiner, fn x -> entry_to_string(mapper.(x)) end) #@ 1755
    :erlang.iolist_to_binary(list)
  end

  # Lists, maps and structs take Elixir's own shortcuts (a map is built with
  # :maps.from_list, so a bad element is an ArgumentError); the rest goes
  # through Collectable.
  def into(enum, []), do: to_list(enum)
  def into(%{__struct__: _} = enum, collectable), do: into_protocol(enum, collectable)
  def into(enum, %{__struct__: _} = collectable), do: into_protocol(enum, collectable)
  def into(enum, map) when is_map(map) and map_size(map) == 0, do: into_empty_map(enum)
  def into(enum, map) when is_map(map), do: into_map(enum, map)
  def into(enum, collectable), do: into_protocol(enum, collectable)

  def into(enum, [], fun), do: map(enum, fun)
  def into(enum, list, fun) when is_list(list), do: list ++ map(enum, fun)
  def into(%{__struct__: _} = enum, collectable, fun), do: into_protocol(enum, collectable, fun)
  def into(enum, %{__struct__: _} = collectable, fun), do: into_protocol(enum, collectable, fun)
  def into(enum, map, fun) when is_map(map) and map_size(map) == 0, do: :maps.from_list(map(enum, fun)) #@ 1552

  def into(enum, map, fun) when is_map(map) do
    reduce(enum, map, fn x, acc ->
      {k, v} = fun.(x) #@ 1555
      :maps.put(k, v, acc)
    end)
  end

  def into(enum, collectable, fun), do: into_protocol(enum, collectable, fun)

  defp into_empty_map(%{} = map), do: map
  defp into_empty_map(list) when is_list(list), do: :maps.from_list(list)
  defp into_empty_map(enum), do: :maps.from_list(to_list(enum))

  defp into_map(%{} = enum, map), do: :maps.merge(map, enum)
  defp into_map(list, map) when is_list(list), do: :maps.merge(map, :maps.from_list(list))
  defp into_map(enum, map), do: reduce(enum, map, fn {k, v}, acc -> :maps.put(k, v, acc) end)

  # Elixir also tells the collector :halt when the enumeration fails; the
  # built-in collectors do nothing then, so no handler is needed.
  defp into_protocol(enumerable, collectable) do
    {initial, fun} = Collectable.into(collectable)
    fun.(reduce_into_protocol(enumerable, initial, fun), :done)
  end

  defp into_protocol(enumerable, collectable, transform) do
    {initial, fun} = Collectable.into(collectable) #@ 1566
    fun.(reduce_into_protocol(enumerable, initial, fun, transform), :done)
  end

  defp reduce_into_protocol(list, initial, fun) when is_list(list),
    do: unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(fn x, acc -> fun.(acc, {:cont, x}) end, initial, list)

  defp reduce_into_protocol(enumerable, initial, fun),
    do: reduce(enumerable, initial, fn x, acc -> fun.(acc, {:cont, x}) end) #@ 1519

  defp reduce_into_protocol(list, initial, fun, transform) when is_list(list) do
    step = fn x, acc -> fun.(acc, {:cont, transform.(x)}) end #@ 1580
    unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(step, initial, list)
  end

  defp reduce_into_protocol(enumerable, initial, fun, transform),
    do: reduce(enumerable, initial, fn x, acc -> fun.(acc, {:cont, transform.(x)}) end) #@ 1586

  defp unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 1513
    do: unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 1513

  defp unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 1513

  defp unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 1580
    do: unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 1580

  defp unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 1580

  def map_intersperse(list, separator, mapper) when is_list(list), do: map_intersperse_list(list, separator, mapper)

  def map_intersperse(enumerable, separator, mapper) do
    reducer = fn
      x, :first -> [mapper.(x)] #@ 1724
      x, acc -> [mapper.(x), separator | acc] #@ 1725
    end

    acc =
      case enumerable do
        %Range{first: first, last: last, step: step} ->
          reduce_range(first, last, step, :first, reducer) #@ 2472

        %{} = map when not is_map_key(map, :__struct__) ->
          :maps.fold(fn k, v, acc -> reducer.({k, v}, acc) end, :first, map) #@ 2480

        _ ->
          Enumerable.reduce(enumerable, {:cont, :first}, fn x, acc -> {:cont, reducer.(x, acc)} end) #@ 4307
      end

    case reduced(acc) do
      :first -> []
      list -> :lists.reverse(list)
    end
  end

  defp map_intersperse_list([], _, _), do: [] #@ 4285
  defp map_intersperse_list([last], _, mapper), do: [mapper.(last)] #@ 4289

  defp map_intersperse_list([head | rest], separator, mapper),
    do: [mapper.(head), separator | map_intersperse_list(rest, separator, mapper)] #@ 4292

  # The random functions draw from :rand exactly as Elixir's do (the same
  # calls in the same order), so a seeded process gets Elixir's results.
  def random(%Range{} = range) do
    case Range.size(range) do
      0 -> raise Enum.EmptyError #@ 2375
      n -> :erlang.element(2, fetch(range, :rand.uniform(n) - 1))
    end
  end

  def random(%MapSet{} = set), do: random(MapSet.to_list(set))

  def random([]), do: raise(Enum.EmptyError) #@ 2349
  def random(list) when is_list(list), do: :lists.nth(:rand.uniform(length(list)), list)

  def random(map) when is_map(map) and not is_map_key(map, :__struct__) do
    case :maps.to_list(map) do
      [] -> raise Enum.EmptyError #@ 2375
      list -> :lists.nth(:rand.uniform(length(list)), list)
    end
  end

  def random(enum) do
    case take_random(enum, 1) do
      [] -> raise Enum.EmptyError
      [x] -> x
    end
  end

  # Sorting on a random key per element gives every order the same chance.
  def shuffle(enumerable) do
    key = fn x, acc -> [{:rand.uniform(), x} | acc] end

    keyed =
      case enumerable do
        list when is_list(list) -> unquote(:"-shuffle/1-lists^foldl/2-0-")(key, [], list)
        _ -> reduce(enumerable, [], key)
      end

    :lists.foldl(fn {_, x}, acc -> [x | acc] end, [], :lists.keysort(1, keyed))
  end

  defp unquote(:"-shuffle/1-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-shuffle/1-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-shuffle/1-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  def take_random(_enumerable, 0), do: [] #@ 3520
  def take_random([], _), do: []
  def take_random([h | t], 1), do: take_random_one(t, h, 1)

  # One element: the i-th replaces the pick with probability 1/i.
  def take_random(enumerable, 1) do
    pick =
      reduce(enumerable, [], fn
        x, [] -> {x, 1}
        x, {current, i} -> if :rand.uniform(i + 1) == 1, do: {x, i + 1}, else: {current, i + 1}
      end)

    case pick do
      [] -> []
      {x, _} -> [x]
    end
  end

  # Inside-out sampling: element i takes a random slot j <= i (the first
  # one draws nothing); while the sample fills up, the slot's previous
  # element moves to slot i. Up to 128 slots are a tuple, more a map.
  def take_random(enumerable, count) when is_integer(count) and count in 0..128 do
    sample = :erlang.make_tuple(count, nil)

    reducer = fn x, {i, sample} ->
      j = if i == 0, do: 0, else: :rand.uniform(i + 1) - 1

      cond do
        i < count ->
          moved = :erlang.setelement(i + 1, sample, :erlang.element(j + 1, sample))
          {i + 1, :erlang.setelement(j + 1, moved, x)}

        j < count ->
          {i + 1, :erlang.setelement(j + 1, sample, x)}

        true ->
          {i + 1, sample}
      end
    end

    {size, sample} =
      case enumerable do
        list when is_list(list) -> unquote(:"-take_random/2-lists^foldl/2-0-")(reducer, {0, sample}, list)
        _ -> reduce(enumerable, {0, sample}, reducer)
      end

    take_list(:erlang.tuple_to_list(sample), :erlang.min(count, size))
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    {size, sample} =
      reduce(enumerable, {0, %{}}, fn x, {i, sample} ->
        j = if i == 0, do: 0, else: :rand.uniform(i + 1) - 1

        cond do
          i < count ->
            moved = :maps.put(i, :maps.get(j, sample, nil), sample)
            {i + 1, :maps.put(j, x, moved)}

          j < count -> {i + 1, :maps.put(j, x, sample)}
          true -> {i + 1, sample}
        end
      end)

    for i <- 0..(:erlang.min(count, size) - 1)//1, do: :maps.get(i, sample)
  end

  defp take_random_one([h | t], current, i) do
    if :rand.uniform(i + 1) == 1, do: take_random_one(t, h, i + 1), else: take_random_one(t, current, i + 1)
  end

  defp take_random_one([], current, _), do: [current]

  defp unquote(:"-take_random/2-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 2468
    do: unquote(:"-take_random/2-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 2468

  defp unquote(:"-take_random/2-lists^foldl/2-0-")(fun, acc, []) when is_function(fun, 2), do: acc #@ 2468

  # Deprecated in Elixir, kept for old code (its warnings: vm/xref.c)
  def chunk(enum, count), do: chunk(enum, count, count, nil)
  def chunk(enum, count, step, leftover \\ nil), do: chunk_every(enum, count, step, leftover || :discard)

  def filter_map(enumerable, filter, mapper) when is_list(enumerable) do
    collected = reduce(enumerable, [], fn x, acc -> if filter.(x), do: [mapper.(x) | acc], else: acc end) #@ 1118
    :lists.reverse(collected)
  end

  def filter_map(enumerable, filter, mapper) do
    collected = reduce(enumerable, [], fn x, acc -> if filter.(x), do: [mapper.(x) | acc], else: acc end) #@ 1123
    :lists.reverse(collected)
  end

  def uniq(enum, fun), do: uniq_by(enum, fun)
end
