# List: functions specific to linked lists; hot primitives (reverse, sort,
# keyfind...) are the :lists natives, the rest is plain recursion.
defmodule List do
  def first(list, default \\ nil)
  def first([], default), do: default #@ 293
  def first([head | _], _default), do: head

  # Elixir inlines last/2 into last/1, which thus fails with a CaseClauseError
  def last(list) do #@ 320
    case {list, nil} do #@ 320
      {[], default} -> default #@ 320
      {[head], _default} -> head #@ 320
      {[_ | tail], default} -> last(tail, default) #@ 320
    end
  end

  def last([], default), do: default #@ 320
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)

  def flatten(list), do: :lists.flatten(list)
  def flatten(list, tail), do: :lists.flatten(list, tail)

  # :lists.foldl/foldr inlined, as Elixir's compiled List has them
  def foldl(list, acc, fun) when is_list(list) and is_function(fun), #@ 248
    do: unquote(:"-foldl/3-lists^foldl/2-0-")(fun, acc, list) #@ 249

  defp unquote(:"-foldl/3-lists^foldl/2-0-")(fun, acc, [h | t]), #@ 249
    do: unquote(:"-foldl/3-lists^foldl/2-0-")(fun, fun.(h, acc), t) #@ 249

  defp unquote(:"-foldl/3-lists^foldl/2-0-")(_fun, acc, []), do: acc #@ 249

  # lists:foldr checks the arity when it reaches the end of the list
  def foldr(list, acc, fun) when is_list(list) and is_function(fun) do #@ 266
    if is_function(fun, 2),
      do: unquote(:"-foldl/3-lists^foldl/2-0-")(fun, acc, :lists.reverse(list)), #@ 267
      else: unquote(:"-foldr/3-lists^foldr/2-0-")(fun, acc, [])
  end

  # (no clauses of its own to show, as Elixir shows none for this one)
  defp unquote(:"-foldr/3-lists^foldr/2-0-")(fun, acc, list), do: :erlang.error(:function_clause, [fun, acc, list]) #@ 267

  def duplicate(elem, n), do: :lists.duplicate(n, elem)

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def delete([element | list], element), do: list #@ 158
  def delete([other | list], element), do: [other | delete(list, element)]
  def delete([], _element), do: []

  def delete_at(list, index) when is_integer(index) do #@ 865
    :erlang.element(2, pop_at(list, index))
  end

  def pop_at(list, index, default \\ nil) when is_integer(index) do #@ 889
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: {default, list}, else: do_pop_at(list, index, default, [])
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)} #@ 1364
  defp do_pop_at([head | tail], 0, _default, acc), do: {head, :lists.reverse(acc, tail)}
  defp do_pop_at([head | tail], index, default, acc), do: do_pop_at(tail, index - 1, default, [head | acc])

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do #@ 764
    case index do
      -1 -> list ++ [value]
      _ when index < 0 -> do_insert_at(list, :erlang.max(length(list) + index + 1, 0), value)
      _ -> do_insert_at(list, index, value)
    end
  end

  defp do_insert_at([], _index, value), do: [value] #@ 1336
  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([head | tail], index, value), do: [head | do_insert_at(tail, index - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do #@ 802
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: list, else: do_replace_at(list, index, value)
  end

  defp do_replace_at([], _index, _value), do: [] #@ 1322
  defp do_replace_at([_old | rest], 0, value), do: [value | rest]
  defp do_replace_at([head | tail], index, value), do: [head | do_replace_at(tail, index - 1, value)]

  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do #@ 835
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: list, else: do_update_at(list, index, fun)
  end

  defp do_update_at([value | list], 0, fun), #@ 1350
    do: [fun.(value) | list] #@ 1351
  defp do_update_at([head | tail], index, fun), do: [head | do_update_at(tail, index - 1, fun)]
  defp do_update_at([], _index, _fun), do: []

  def zip([]), do: [] #@ 651
  def zip(list_of_lists) when is_list(list_of_lists), do: Enum.zip(to_lists(list_of_lists))

  defp to_lists([h | t]), do: [to_list(h) | to_lists(t)]
  defp to_lists([]), do: []

  defp to_list(tuple) when is_tuple(tuple), do: :erlang.tuple_to_list(tuple) #@ 1402
  defp to_list(list) when is_list(list), do: list

  def starts_with?([head | tail], [head | prefix_tail]), do: starts_with?(tail, prefix_tail) #@ 923
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  def improper?(list) when is_list(list) and length(list) >= 0, do: false #@ 739
  def improper?(list) when is_list(list), do: true

  def ascii_printable?(list, limit \\ :infinity)

  def ascii_printable?(list, limit) #@ 702
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    ascii_printable_guarded?(list, limit)
  end

  defp ascii_printable_guarded?(_, 0), do: true
  defp ascii_printable_guarded?([], _), do: true

  defp ascii_printable_guarded?([c | t], limit) when is_integer(c) and c >= 32 and c <= 126 do
    ascii_printable_guarded?(t, decrement(limit))
  end

  defp ascii_printable_guarded?([c | t], limit) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a] do
    ascii_printable_guarded?(t, decrement(limit))
  end

  defp ascii_printable_guarded?(_, _), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  # Tuples in key-ordered lists; positions are zero-based as in Elixir.

  def keyfind(list, key, position, default \\ nil) when is_integer(position) do #@ 349
    case :lists.keyfind(key, position + 1, list) do #@ 350
      false -> default
      tuple -> tuple
    end
  end

  def keyfind!(list, key, position) when is_integer(position) do #@ 379
    case :lists.keyfind(key, position + 1, list) do
      false ->
        message = "key #{Kernel.inspect(key)} at position #{position} not found in: #{Kernel.inspect(list)}"
        raise KeyError, key: key, term: list, message: message #@ 381

      tuple ->
        tuple
    end
  end

  def keymember?(list, key, position) when is_integer(position) do #@ 411
    :lists.keymember(key, position + 1, list) #@ 412
  end

  def keydelete(list, key, position) when is_integer(position), do: :lists.keydelete(key, position + 1, list) #@ 567

  def keyreplace(list, key, position, new_tuple) when is_integer(position) do #@ 434
    :lists.keyreplace(key, position + 1, list, new_tuple)
  end

  def keystore(list, key, position, new_tuple) when is_integer(position) do #@ 540
    :lists.keystore(key, position + 1, list, new_tuple)
  end

  def keytake(list, key, position) when is_integer(position) do #@ 596
    case :lists.keytake(key, position + 1, list) do
      {:value, tuple, rest} -> {tuple, rest}
      false -> nil
    end
  end

  def keysort(list, position, sorter \\ :asc)
  def keysort(list, position, :asc) when is_list(list) and is_integer(position), #@ 496
    do: :lists.keysort(position + 1, list)

  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    Enum.sort_by(list, fn t -> :erlang.element(position + 1, t) end, sorter)
  end

  # Conversions

  def to_tuple(list), do: :erlang.list_to_tuple(list)
  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_float(charlist), do: :erlang.list_to_float(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_charlist(list) when is_list(list) do #@ 1132
    try do
      :unicode.characters_to_list(list)
    rescue
      ArgumentError ->
        raise ArgumentError, #@ 1137
              "cannot convert the given list to a charlist.\n\n" <>
                "To be converted to a charlist, a list must contain only:\n\n" <>
                "  * strings\n  * integers representing Unicode code points\n" <>
                "  * or a list containing one of these three elements\n\n" <>
                "Please check the given list or call inspect/1 to get the list " <>
                "representation, got:\n\n" <> Kernel.inspect(list) <> "\n"
    else
      result when is_list(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  # The native raises Elixir's errors for lists that are not chardata; they
  # come from this function's own frame, at Elixir's lines.
  def to_string(list) when is_list(list) do #@ 1079
    :vial.to_string(list)
  rescue
    e in UnicodeConversionError -> raise e #@ 1103
    e in ArgumentError -> raise e #@ 1084
  end

  # Myers' O(ND) difference: the shortest edit script from list1 to list2
  # as [eq: [...], del: [...], ins: [...]], exploring diagonals as Elixir does
  # so that ties resolve the same way.
  # With diff_script, two different elements facing each other may be
  # matched as well: diff_script.(a, b) returns their inner script or nil.
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do #@ 1185
    find_script(0, [{0, list1, list2, []}], nil)
  end

  def myers_difference(list1, list2, diff_script) #@ 1206
      when is_list(list1) and is_list(list2) and is_function(diff_script) do
    find_script(0, [{0, list1, list2, []}], diff_script)
  end

  defp find_script(envelope, paths, diff) do
    case each_diagonal(-envelope, envelope, paths, [], diff) do
      {:done, edits} -> compact_reverse(edits, [])
      {:next, paths} -> find_script(envelope + 1, paths, diff)
    end
  end

  defp each_diagonal(diag, limit, _paths, next_paths, _diff) when diag > limit, do: {:next, :lists.reverse(next_paths)}

  defp each_diagonal(diag, limit, paths, next_paths, diff) do
    {path, rest} = proceed_path(diag, limit, paths)

    case follow_snake(path, diff) do
      {:cont, path} -> each_diagonal(diag + 2, limit, rest, [path | next_paths], diff)
      {:done, edits} -> {:done, edits}
    end
  end

  defp proceed_path(0, 0, [path]), do: {path, []}
  defp proceed_path(diag, limit, [path | _] = paths) when diag == -limit, do: {move_down(path), paths}
  defp proceed_path(diag, limit, [path]) when diag == limit, do: {move_right(path), []}

  defp proceed_path(_diag, _limit, [path1, path2 | rest]) do
    if :erlang.element(1, path1) > :erlang.element(1, path2),
      do: {move_right(path1), [path2 | rest]},
      else: {move_down(path2), [path2 | rest]}
  end

  defp move_right({y, list1, [elem | rest], edits}), do: {y, list1, rest, [{:ins, elem} | edits]}
  defp move_right({y, list1, [], edits}), do: {y, list1, [], edits}
  defp move_down({y, [elem | rest], list2, edits}), do: {y + 1, rest, list2, [{:del, elem} | edits]}
  defp move_down({y, [], list2, edits}), do: {y + 1, [], list2, edits}

  defp follow_snake({y, [elem | rest1], [elem | rest2], edits}, diff),
    do: follow_snake({y + 1, rest1, rest2, [{:eq, elem} | edits]}, diff)

  defp follow_snake({_y, [], [], edits}, _diff), do: {:done, edits}

  defp follow_snake({y, [elem1 | rest1], [elem2 | rest2], edits} = path, diff) when diff != nil do
    case diff.(elem1, elem2) do
      nil -> {:cont, path}
      script -> follow_snake({y + 1, rest1, rest2, [{:diff, script} | edits]}, diff)
    end
  end

  defp follow_snake(path, _diff), do: {:cont, path}

  defp compact_reverse([], acc), do: acc
  defp compact_reverse([{:diff, _} = diff | rest], acc), do: compact_reverse(rest, [diff | acc])
  defp compact_reverse([{kind, elem} | rest], [{kind, result} | acc]), do: compact_reverse(rest, [{kind, [elem | result]} | acc])

  defp compact_reverse(rest, [{:eq, elem}, {:ins, elem}, {:eq, other} | acc]) do
    compact_reverse(rest, [{:ins, elem}, {:eq, elem ++ other} | acc])
  end

  defp compact_reverse([{kind, elem} | rest], acc), do: compact_reverse(rest, [{kind, [elem]} | acc])
end
