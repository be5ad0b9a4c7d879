# MapSet: a set stored as the keys of a map, with the same fields as
# Elixir's (%MapSet{map: %{elem => []}, version: 2}) so inspect can match.
# The clause heads, and the calls that fail on a struct whose map is not a
# map, are Elixir's, at its lines.
defmodule MapSet do
  defstruct map: %{}, version: 2

  def new, do: %MapSet{}
  def new(%MapSet{} = map_set), do: map_set

  def new(enumerable) do
    keys = Enum.to_list(enumerable) #@ 94
    %MapSet{map: :maps.from_keys(keys, [])}
  end

  def new(enumerable, transform) when is_function(transform, 1) do #@ 108
    keys = Enum.map(enumerable, transform) #@ 109
    %MapSet{map: :maps.from_keys(keys, [])}
  end

  def delete(%MapSet{map: map} = map_set, value) do #@ 128
    %{map_set | map: :maps.remove(value, map)} #@ 129
  end

  # Dropping the second set's keys costs its size; when the first set is
  # much the smaller, keeping what is not in the second costs less.
  def difference(%MapSet{map: map1}, %MapSet{map: map2}) when map_size(map1) < map_size(map2) * 2 do #@ 146
    keys = for key <- :maps.keys(map1), not :erlang.is_map_key(key, map2), do: key
    %MapSet{map: :maps.from_keys(keys, [])}
  end

  def difference(%MapSet{map: map1} = map_set, %MapSet{map: map2}) do
    %{map_set | map: :maps.without(:maps.keys(map2), map1)} #@ 161
  end

  def symmetric_difference(%MapSet{map: map1}, %MapSet{map: map2}) do #@ 184
    %MapSet{map: toggle_keys(:maps.next(:maps.iterator(map2)), map1)} #@ 189
  end

  defp toggle_keys(:none, map), do: map

  defp toggle_keys({key, _value, iter}, map) do
    case map do
      %{^key => _} -> toggle_keys(:maps.next(iter), :maps.remove(key, map))
      %{} -> toggle_keys(:maps.next(iter), :maps.put(key, [], map))
    end
  end

  def disjoint?(%MapSet{map: map1}, %MapSet{map: map2}) do #@ 224
    none_in?(:maps.keys(map1), map2)
  end

  defp none_in?([], _map), do: true
  defp none_in?([key | keys], map), do: not :erlang.is_map_key(key, map) and none_in?(keys, map) #@ 236

  def equal?(%MapSet{map: map1, version: version}, %MapSet{map: map2, version: version}) do #@ 257
    map1 === map2
  end

  # Sets of different versions hold different values: only the keys count.
  def equal?(%MapSet{map: map1}, %MapSet{map: map2}) do
    map_size(map1) == map_size(map2) and all_in?(:maps.keys(map1), map2)
  end

  defp all_in?([], _map), do: true
  defp all_in?([key | keys], map), do: :erlang.is_map_key(key, map) and all_in?(keys, map)

  def intersection(%MapSet{map: map1} = map_set, %MapSet{map: map2}) do #@ 280
    %{map_set | map: Map.take(map2, :maps.keys(map1))} #@ 282
  end

  def member?(%MapSet{map: map}, value) do #@ 297
    :erlang.is_map_key(value, map) #@ 298
  end

  def put(%MapSet{map: map} = map_set, value) do #@ 313
    %{map_set | map: Map.put(map, value, [])} #@ 314
  end

  def size(%MapSet{map: map}) do #@ 327
    map_size(map) #@ 328
  end

  def subset?(%MapSet{map: map1}, %MapSet{map: map2}) do #@ 345
    map_size(map1) <= map_size(map2) and all_in?(:maps.keys(map1), map2) #@ 346
  end

  def to_list(%MapSet{map: map}) do #@ 372
    :maps.keys(map) #@ 373
  end

  def union(%MapSet{map: map1, version: version} = map_set, %MapSet{map: map2, version: version}) do #@ 388
    %{map_set | map: :maps.merge(map1, map2)} #@ 389
  end

  def union(%MapSet{map: map1}, %MapSet{map: map2}) do
    %MapSet{map: :maps.from_keys(:maps.keys(map1) ++ :maps.keys(map2), [])}
  end

  def filter(%MapSet{map: map}, fun) when is_map(map) and is_function(fun) do #@ 424
    %MapSet{map: :maps.from_keys(filter_keys(:maps.next(:maps.iterator(map)), fun), [])} #@ 427
  end

  defp filter_keys(:none, _fun), do: []

  defp filter_keys({key, _value, iter}, fun) do
    if fun.(key) do #@ 434
      [key | filter_keys(:maps.next(iter), fun)] #@ 435
    else
      filter_keys(:maps.next(iter), fun)
    end
  end

  def reject(%MapSet{map: map}, fun) when is_map(map) and is_function(fun) do #@ 458
    %MapSet{map: :maps.from_keys(reject_keys(:maps.next(:maps.iterator(map)), fun), [])} #@ 461
  end

  defp reject_keys(:none, _fun), do: []

  defp reject_keys({key, _value, iter}, fun) do
    if fun.(key) do #@ 468
      reject_keys(:maps.next(iter), fun)
    else
      [key | reject_keys(:maps.next(iter), fun)] #@ 471
    end
  end
end
