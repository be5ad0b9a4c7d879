# List: functions specific to linked lists; hot primitives (reverse, sort,
# keyfind...) are the :lists natives, the rest is plain recursion.
defmodule List do
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h

  def last(list, default \\ nil)
  def last([], default), do: default
  def last([h], _default), do: h
  def last([_ | t], default), do: last(t, default)

  def flatten(list), do: :lists.flatten(list)
  def flatten(list, tail), do: :lists.flatten(list, tail)

  def foldl(list, acc, fun) when is_list(list) and is_function(fun, 2), do: Enum.reduce(list, acc, fun)

  def foldr(list, acc, fun) when is_list(list) and is_function(fun, 2) do
    Enum.reduce(:lists.reverse(list), acc, fun)
  end

  def duplicate(elem, n), do: :lists.duplicate(n, elem)

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def delete(list, elem), do: :lists.delete(elem, list)

  def delete_at(list, index) when is_integer(index) do
    :erlang.element(2, pop_at(list, index))
  end

  def pop_at(list, index, default \\ nil) when is_integer(index) do
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: {default, list}, else: do_pop_at(list, index, default, [])
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp do_pop_at([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp do_pop_at([h | t], index, default, acc), do: do_pop_at(t, index - 1, default, [h | acc])

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 -> list ++ [value]
      _ when index < 0 -> do_insert_at(list, :erlang.max(length(list) + index + 1, 0), value)
      _ -> do_insert_at(list, index, value)
    end
  end

  defp do_insert_at([], _index, value), do: [value]
  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([h | t], index, value), do: [h | do_insert_at(t, index - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    update_at(list, index, fn _ -> value end)
  end

  def update_at(list, index, fun) when is_list(list) and is_integer(index) and is_function(fun, 1) do
    index = if index < 0, do: length(list) + index, else: index
    if index < 0, do: list, else: do_update_at(list, index, fun)
  end

  defp do_update_at([], _index, _fun), do: []
  defp do_update_at([h | t], 0, fun), do: [fun.(h) | t]
  defp do_update_at([h | t], index, fun), do: [h | do_update_at(t, index - 1, fun)]

  def zip(lists), do: Enum.zip(lists)

  def starts_with?([h | t], [h | p]), do: starts_with?(t, p)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  def improper?(list) when is_list(list) and length(list) >= 0, do: false
  def improper?(list) when is_list(list), do: true

  def ascii_printable?(list, limit \\ :infinity)
  def ascii_printable?(_, 0), do: true
  def ascii_printable?([], _), do: true

  def ascii_printable?([c | t], limit) when is_integer(c) and c >= 32 and c <= 126 do
    ascii_printable?(t, decrement(limit))
  end

  def ascii_printable?([c | t], limit) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a] do
    ascii_printable?(t, decrement(limit))
  end

  def ascii_printable?(_, _), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  # Tuples in key-ordered lists; positions are zero-based as in Elixir.

  def keyfind(list, key, position, default \\ nil) do
    case :lists.keyfind(key, position + 1, list) do
      false -> default
      tuple -> tuple
    end
  end

  def keyfind!(list, key, position) do
    case :lists.keyfind(key, position + 1, list) do
      false ->
        message = "key #{Kernel.inspect(key)} at position #{position} not found in: #{Kernel.inspect(list)}"
        raise KeyError, key: key, term: list, message: message

      tuple ->
        tuple
    end
  end

  def keymember?(list, key, position), do: :lists.keymember(key, position + 1, list)
  def keydelete(list, key, position), do: :lists.keydelete(key, position + 1, list)

  def keyreplace(list, key, position, new_tuple) do
    :lists.keyreplace(key, position + 1, list, new_tuple)
  end

  def keystore(list, key, position, new_tuple) do
    :lists.keystore(key, position + 1, list, new_tuple)
  end

  def keytake(list, key, position) do
    case :lists.keytake(key, position + 1, list) do
      {:value, tuple, rest} -> {tuple, rest}
      false -> nil
    end
  end

  def keysort(list, position, sorter \\ :asc)
  def keysort(list, position, :asc), do: :lists.keysort(position + 1, list)

  def keysort(list, position, sorter) do
    Enum.sort_by(list, fn t -> :erlang.element(position + 1, t) end, sorter)
  end

  # Conversions

  def to_tuple(list), do: :erlang.list_to_tuple(list)
  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_float(charlist), do: :erlang.list_to_float(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_charlist(list) when is_list(list) do
    try do
      :unicode.characters_to_list(list)
    rescue
      ArgumentError ->
        raise ArgumentError,
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
  def to_string(list) when is_list(list) do
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
  def myers_difference(list1, list2, diff_script \\ nil)
      when is_list(list1) and is_list(list2) and (diff_script == nil or is_function(diff_script, 2)) do
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
