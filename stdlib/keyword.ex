# Keyword: lists of {atom, value} pairs, where a key may repeat and the first
# occurrence wins on reads.
defmodule Keyword do
  def new, do: []
  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do #@ 196
    Enum.reduce(Enum.reverse(pairs), [], fn el, acc ->
      {k, v} = transform.(el) #@ 198
      put_new(acc, k, v)
    end)
  end

  def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_), do: false

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do #@ 388
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do #@ 420
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do #@ 613
    get_values(keywords, key, [])
  end

  defp get_values([{key, value} | tail], key, values), do: get_values(tail, key, [value | values]) #@ 617
  defp get_values([{_, _} | tail], key, values), do: get_values(tail, key, values)
  defp get_values([], _key, values), do: :lists.reverse(values)

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do #@ 571
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do #@ 592
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords #@ 595
    end
  end

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key) do #@ 1078
    :lists.keymember(key, 1, keywords)
  end

  # A bad entry is reported from keys/1 itself, as in Elixir
  def keys(keywords) when is_list(keywords) do #@ 639
    case keys_of(keywords, []) do
      {:bad_entry, other} ->
        raise ArgumentError, #@ 649
              "expected a keyword list, but an entry in the list is not a two-element tuple " <>
                "with an atom as its first element, got: " <> Kernel.inspect(other)

      keys ->
        keys
    end
  end

  defp keys_of([{key, _} | rest], acc) when is_atom(key), do: keys_of(rest, [key | acc])
  defp keys_of([], acc), do: :lists.reverse(acc)
  defp keys_of([other | _], _acc), do: {:bad_entry, other}

  def values(keywords) when is_list(keywords) do #@ 668
    :lists.map(fn {_, v} -> v end, keywords) #@ 669
  end

  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) === :lists.sort(right) #@ 952
  def to_list(keywords) when is_list(keywords), do: keywords #@ 1383

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do #@ 712
    :lists.filter(fn {k, _} -> k != key; _ -> true end, keywords)
  end

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do #@ 737
    :lists.keydelete(key, 1, keywords)
  end

  def put(keywords, key, value) when is_list(keywords) and is_atom(key) do #@ 773
    [{key, value} | delete(keywords, key)]
  end

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do #@ 818
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do #@ 798
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do #@ 1139
    update_guarded(keywords, key, default, fun)
  end

  defp update_guarded([{key, value} | keywords], key, _default, fun), #@ 1144
    do: [{key, fun.(value)} | delete(keywords, key)]

  defp update_guarded([{_, _} = pair | keywords], key, default, fun),
    do: [pair | update_guarded(keywords, key, default, fun)]

  defp update_guarded([], key, default, _fun), do: [{key, default}]

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do #@ 1101
    update!(keywords, key, fun, keywords)
  end

  defp update!([{key, value} | keywords], key, fun, _original), #@ 1106
    do: [{key, fun.(value)} | delete(keywords, key)]

  defp update!([{_, _} = pair | keywords], key, fun, original), do: [pair | update!(keywords, key, fun, original)]
  defp update!([], key, _fun, original), do: raise(KeyError, key: key, term: original) #@ 1115

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do #@ 842
    do_replace(keywords, key, value)
  end

  defp do_replace([{key, _} | keywords], key, value), do: [{key, value} | delete(keywords, key)] #@ 846
  defp do_replace([{_, _} = e | keywords], key, value), do: [e | do_replace(keywords, key, value)]
  defp do_replace([], _key, _value), do: []

  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do #@ 914
    do_replace_lazy(keywords, key, fun)
  end

  defp do_replace_lazy([{key, value} | keywords], key, fun), do: [{key, fun.(value)} | delete(keywords, key)] #@ 919
  defp do_replace_lazy([{_, _} = e | keywords], key, fun), do: [e | do_replace_lazy(keywords, key, fun)]
  defp do_replace_lazy([], _key, _value), do: []

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do #@ 876
    replace!(keywords, key, value, keywords)
  end

  defp replace!([{key, _} | keywords], key, value, _original), do: [{key, value} | delete(keywords, key)] #@ 880
  defp replace!([{_, _} = e | keywords], key, value, original), do: [e | replace!(keywords, key, value, original)]
  defp replace!([], key, _value, original), do: raise(KeyError, key: key, term: original) #@ 889

  def merge(keywords1, []) when is_list(keywords1), do: keywords1 #@ 979
  def merge([], keywords2) when is_list(keywords2), do: keywords2

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      fun = fn
        {key, _} when is_atom(key) -> not has_key?(keywords2, key)
        _ -> raise ArgumentError, "expected a keyword list as the first argument, got: " <> Kernel.inspect(keywords1) #@ 989
      end

      :lists.filter(fun, keywords1) ++ keywords2
    else
      raise ArgumentError, "expected a keyword list as the second argument, got: " <> Kernel.inspect(keywords2) #@ 995
    end
  end

  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do #@ 1035
    unless keyword?(keywords1) do
      raise ArgumentError, "expected a keyword list as the first argument, got: #{Kernel.inspect(keywords1)}" #@ 1040
    end

    do_merge(keywords2, [], keywords1, keywords1, fun, keywords2)
  end

  # rest: what survives of keywords1; original: keywords1 minus the pairs merged so far.
  defp do_merge([{key, value2} | tail], acc, rest, original, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        acc = [{key, fun.(key, value1, value2)} | acc]
        do_merge(tail, acc, delete(rest, key), :lists.keydelete(key, 1, original), fun, keywords2)

      false ->
        do_merge(tail, [{key, value2} | acc], rest, original, fun, keywords2)
    end
  end

  defp do_merge([], acc, rest, _original, _fun, _keywords2), do: rest ++ :lists.reverse(acc)

  defp do_merge(_other, _acc, _rest, _original, _fun, keywords2) do
    raise ArgumentError, "expected a keyword list as the second argument, got: #{Kernel.inspect(keywords2)}" #@ 1062
  end

  def take(keywords, keys) when is_list(keywords) and is_list(keys) do #@ 1203
    :lists.filter(fn {k, _} -> :lists.member(k, keys) end, keywords) #@ 1204
  end

  def drop(keywords, keys) when is_list(keywords) and is_list(keys) do #@ 1223
    :lists.filter(fn {k, _} -> not :lists.member(k, keys) end, keywords) #@ 1224
  end

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do #@ 1175
    fun = fn {k, _} = entry, {taken, dropped} -> if :lists.member(k, keys), do: {[entry | taken], dropped}, else: {taken, [entry | dropped]} end #@ 1176
    {taken, dropped} = :lists.foldl(fun, {[], []}, keywords)
    {:lists.reverse(taken), :lists.reverse(dropped)}
  end

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do #@ 1250
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do #@ 1276
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords #@ 1279
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do #@ 1340
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do #@ 1366
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do #@ 1305
    pop_values(keywords, key, [], [])
  end

  defp pop_values([{key, value} | tail], key, values, acc), do: pop_values(tail, key, [value | values], acc) #@ 1309
  defp pop_values([{_, _} = pair | tail], key, values, acc), do: pop_values(tail, key, values, [pair | acc])
  defp pop_values([], _key, values, acc), do: {:lists.reverse(values), :lists.reverse(acc)}

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: do_filter(keywords, fun) #@ 1408

  defp do_filter([], _fun), do: [] #@ 1412

  defp do_filter([{_, _} = entry | entries], fun) do
    if fun.(entry), do: [entry | do_filter(entries, fun)], else: do_filter(entries, fun)
  end

  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: do_reject(keywords, fun) #@ 1436

  defp do_reject([], _fun), do: [] #@ 1440

  defp do_reject([{_, _} = entry | entries], fun) do
    if fun.(entry), do: do_reject(entries, fun), else: [entry | do_reject(entries, fun)]
  end

  def from_keys(keys, value) when is_list(keys), do: for(k <- keys, do: {k, value}) #@ 117

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) do #@ 468
    get_and_update(keywords, [], key, fun)
  end

  defp get_and_update([{key, current} | t], acc, key, fun) do #@ 472
    case fun.(current) do #@ 473
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: " <> Kernel.inspect(other) #@ 481
    end
  end

  defp get_and_update([{_, _} = h | t], acc, key, fun), do: get_and_update(t, [h | acc], key, fun)

  defp get_and_update([], acc, key, fun) do
    case fun.(nil) do #@ 488
      {get, value} -> {get, [{key, value} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: " <> Kernel.inspect(other) #@ 496
    end
  end

  # Elixir reports a missing key with the list as it walked it: reversed.
  def get_and_update!(keywords, key, fun), do: get_and_update!(keywords, key, fun, [])

  defp get_and_update!([{key, value} | keywords], key, fun, acc) do #@ 536
    case fun.(value) do
      {get, new} -> {get, :lists.reverse(acc, [{key, new} | delete(keywords, key)])}
      :pop -> {value, :lists.reverse(acc, keywords)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: " <> Kernel.inspect(other) #@ 545
    end
  end

  defp get_and_update!([{_, _} = e | keywords], key, fun, acc), do: get_and_update!(keywords, key, fun, [e | acc])
  defp get_and_update!([], key, _fun, acc) when is_atom(key), do: raise(KeyError, key: key, term: acc) #@ 554

  # Deprecated in Elixir 1.14, still callable.
  def map(keywords, fun) when is_list(keywords) do #@ 1452
    :lists.map(fn {k, _} = pair -> {k, fun.(pair)} end, keywords) #@ 1453
  end

  # Keeps the pairs whose keys values allows (a list of atoms or {key,
  # default}), adding the missing defaults; {:error, bad_keys} otherwise.
  def validate(keyword, values) when is_list(keyword) and is_list(values) do #@ 252
    validate(keyword, values, [], [], [])
  end

  def validate!(keywords, values) do
    case validate(keywords, values) do
      {:ok, kw} ->
        kw

      {:error, invalid} ->
        keys = Enum.map(values, fn v -> if is_atom(v), do: v, else: :erlang.element(1, v) end)

        message =
          case Enum.split_with(invalid, fn k -> :lists.member(k, keys) end) do
            {_, [_ | _] = unknown} ->
              "unknown keys #{Kernel.inspect(unknown)} in #{Kernel.inspect(keywords)}, " <>
                "the allowed keys are: #{Kernel.inspect(keys)}"

            {known, _} ->
              "duplicate keys #{Kernel.inspect(known)} in #{Kernel.inspect(keywords)}"
          end

        raise ArgumentError, message #@ 355
    end
  end

  # values1 holds the allowed entries not seen yet, values2 the seen ones.
  defp validate([{key, _} = pair | rest], values1, values2, acc, bad) when is_atom(key) do
    case take_allowed(key, values1, values2) do
      {values1, values2} ->
        validate(rest, values1, values2, [pair | acc], bad)

      :error ->
        case take_allowed(key, values2, values1) do
          {values2, values1} -> validate(rest, values1, values2, [pair | acc], bad)
          :error -> validate(rest, values1, values2, acc, [key | bad])
        end
    end
  end

  defp validate([], values1, values2, acc, []), do: {:ok, move_pairs(values1, move_pairs(values2, acc))}
  defp validate([], _values1, _values2, _acc, bad), do: {:error, bad}

  defp validate([pair | _], _values1, _values2, _acc, []) do
    raise ArgumentError, "expected a keyword list as first argument, got invalid entry: #{Kernel.inspect(pair)}" #@ 281
  end

  defp take_allowed(key, [key | rest], acc), do: {rest, acc}
  defp take_allowed(key, [{key, _} | rest], acc), do: {rest, acc}
  defp take_allowed(key, [head | tail], acc), do: take_allowed(key, tail, [head | acc])
  defp take_allowed(_key, [], _acc), do: :error

  defp move_pairs([key | rest], acc) when is_atom(key), do: move_pairs(rest, acc)
  defp move_pairs([{key, _} = pair | rest], acc) when is_atom(key), do: move_pairs(rest, [pair | acc])
  defp move_pairs([], acc), do: acc

  defp move_pairs([other | _], _) do
    raise ArgumentError, "expected the second argument to be a list of atoms or tuples, got: #{Kernel.inspect(other)}"
  end

  # Deprecated in Elixir, kept for old code
  def size(keywords), do: length(keywords)
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key), #@ 674
    do: :lists.filter(fn {k, v} -> k != key or v != value; _ -> true end, keywords)
end
