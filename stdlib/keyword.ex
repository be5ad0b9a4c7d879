# Keyword: lists of {atom, value} pairs, where a key may repeat and the first
# occurrence wins on reads.
defmodule Keyword do
  def new, do: []
  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do
    Enum.reduce(Enum.reverse(pairs), [], fn el, acc ->
      {k, v} = transform.(el)
      put_new(acc, k, v)
    end)
  end

  def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_), do: false

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    for {k, value} <- keywords, k == key, do: value
  end

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords #@ 595
    end
  end

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key) do
    :lists.keymember(key, 1, keywords)
  end

  def keys(keywords) when is_list(keywords), do: :lists.map(&key!/1, keywords)
  def values(keywords) when is_list(keywords), do: :lists.map(fn {_, v} -> v end, keywords)

  defp key!({key, _}) when is_atom(key), do: key

  defp key!(other) do
    raise ArgumentError,
          "expected a keyword list, but an entry in the list is not a two-element tuple " <>
            "with an atom as its first element, got: " <> Kernel.inspect(other)
  end

  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) === :lists.sort(right)
  def to_list(keywords) when is_list(keywords), do: keywords

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    for {k, _} = pair <- keywords, k != key, do: pair
  end

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    :lists.keydelete(key, 1, keywords)
  end

  def put(keywords, key, value) when is_list(keywords) and is_atom(key) do
    [{key, value} | delete(keywords, key)]
  end

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_pairs(keywords, key, fun, fn -> [{key, default}] end)
  end

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_pairs(keywords, key, fun, fn -> raise KeyError, key: key, term: keywords end)
  end

  defp update_pairs([{key, value} | rest], key, fun, _missing), do: [{key, fun.(value)} | delete(rest, key)]
  defp update_pairs([pair | rest], key, fun, missing), do: [pair | update_pairs(rest, key, fun, missing)]
  defp update_pairs([], _key, _fun, missing), do: missing.()

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    update_pairs(keywords, key, fn _ -> value end, fn -> [] end)
  end

  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_pairs(keywords, key, fun, fn -> [] end)
  end

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    update_pairs(keywords, key, fn _ -> value end, fn -> raise KeyError, key: key, term: keywords end)
  end

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    unless keyword?(keywords2) do
      raise ArgumentError, "expected a keyword list as the second argument, got: #{Kernel.inspect(keywords2)}"
    end

    unless keyword?(keywords1) do
      raise ArgumentError, "expected a keyword list as the first argument, got: #{Kernel.inspect(keywords1)}"
    end

    Enum.filter(keywords1, fn {key, _} -> not has_key?(keywords2, key) end) ++ keywords2
  end

  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    unless keyword?(keywords1) do
      raise ArgumentError, "expected a keyword list as the first argument, got: #{Kernel.inspect(keywords1)}"
    end

    merge_loop(keywords2, [], keywords1, keywords1, fun, keywords2)
  end

  # rest: what survives of keywords1; original: keywords1 minus the pairs merged so far.
  defp merge_loop([{key, value2} | tail], acc, rest, original, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        acc = [{key, fun.(key, value1, value2)} | acc]
        merge_loop(tail, acc, delete(rest, key), :lists.keydelete(key, 1, original), fun, keywords2)

      false ->
        merge_loop(tail, [{key, value2} | acc], rest, original, fun, keywords2)
    end
  end

  defp merge_loop([], acc, rest, _original, _fun, _keywords2), do: rest ++ :lists.reverse(acc)

  defp merge_loop(_other, _acc, _rest, _original, _fun, keywords2) do
    raise ArgumentError, "expected a keyword list as the second argument, got: #{Kernel.inspect(keywords2)}"
  end

  def take(keywords, keys) when is_list(keywords) and is_list(keys) do
    for {k, _} = pair <- keywords, :lists.member(k, keys), do: pair
  end

  def drop(keywords, keys) when is_list(keywords) and is_list(keys) do
    for {k, _} = pair <- keywords, not :lists.member(k, keys), do: pair
  end

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    Enum.split_with(keywords, fn {k, _} -> :lists.member(k, keys) end)
  end

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do
    {get_values(keywords, key), delete(keywords, key)}
  end

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.filter(keywords, fun)
  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.reject(keywords, fun)
  def from_keys(keys, value) when is_list(keys), do: for(k <- keys, do: {k, value})

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) do
    get_and_update_loop(keywords, [], key, fun)
  end

  defp get_and_update_loop([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> bad_return(other)
    end
  end

  defp get_and_update_loop([pair | t], acc, key, fun), do: get_and_update_loop(t, [pair | acc], key, fun)

  defp get_and_update_loop([], acc, key, fun) do
    case fun.(nil) do
      {get, value} -> {get, [{key, value} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> bad_return(other)
    end
  end

  # Elixir reports a missing key with the list as it walked it: reversed.
  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) do
    get_and_update_first(keywords, [], key, fun)
  end

  defp get_and_update_first([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete(t, key)])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> bad_return(other)
    end
  end

  defp get_and_update_first([pair | t], acc, key, fun), do: get_and_update_first(t, [pair | acc], key, fun)
  defp get_and_update_first([], acc, key, _fun), do: raise(KeyError, key: key, term: acc)

  # Deprecated in Elixir 1.14, still callable.
  def map(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    :lists.map(fn {k, _} = pair -> {k, fun.(pair)} end, keywords)
  end

  defp bad_return(other) do
    raise RuntimeError, "the given function must return a two-element tuple or :pop, got: " <> Kernel.inspect(other)
  end

  # Keeps the pairs whose keys values allows (a list of atoms or {key,
  # default}), adding the missing defaults; {:error, bad_keys} otherwise.
  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    validate_loop(keywords, values, [], [], [])
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

        raise ArgumentError, message
    end
  end

  # values1 holds the allowed entries not seen yet, values2 the seen ones.
  defp validate_loop([{key, _} = pair | rest], values1, values2, acc, bad) when is_atom(key) do
    case take_allowed(key, values1, values2) do
      {values1, values2} ->
        validate_loop(rest, values1, values2, [pair | acc], bad)

      :error ->
        case take_allowed(key, values2, values1) do
          {values2, values1} -> validate_loop(rest, values1, values2, [pair | acc], bad)
          :error -> validate_loop(rest, values1, values2, acc, [key | bad])
        end
    end
  end

  defp validate_loop([], values1, values2, acc, []), do: {:ok, move_pairs(values1, move_pairs(values2, acc))}
  defp validate_loop([], _values1, _values2, _acc, bad), do: {:error, bad}

  defp validate_loop([pair | _], _values1, _values2, _acc, []) do
    raise ArgumentError, "expected a keyword list as first argument, got invalid entry: #{Kernel.inspect(pair)}"
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
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: :lists.filter(fn {k, v} -> k != key or v != value end, keywords)
end
