# MapSet: a set stored as the keys of a map, with the same fields as
# Elixir's (%MapSet{map: %{elem => []}, version: 2}) so inspect can match.
defmodule MapSet do
  defstruct map: %{}, version: 2

  def new, do: %MapSet{}
  def new(%MapSet{} = set), do: set
  def new(enum), do: %MapSet{map: :maps.from_keys(Enum.to_list(enum), [])}
  def new(enum, fun) when is_function(fun, 1), do: %MapSet{map: :maps.from_keys(Enum.map(enum, fun), [])}

  def size(%MapSet{map: map}), do: map_size(map)
  def to_list(%MapSet{map: map}), do: :maps.keys(map)
  def member?(%MapSet{map: map}, x), do: :erlang.is_map_key(x, map)
  def put(%MapSet{map: map} = set, x), do: %{set | map: :maps.put(x, [], map)}
  def delete(%MapSet{map: map} = set, x), do: %{set | map: :maps.remove(x, map)}

  def union(%MapSet{map: m1} = set, %MapSet{map: m2}), do: %{set | map: :maps.merge(m1, m2)}

  def intersection(%MapSet{map: m1} = set, %MapSet{map: m2}) do
    {small, big} = if map_size(m1) <= map_size(m2), do: {m1, m2}, else: {m2, m1}
    %{set | map: :maps.with(Enum.filter(:maps.keys(small), fn k -> :erlang.is_map_key(k, big) end), small)}
  end

  def difference(%MapSet{map: m1} = set, %MapSet{map: m2}) do
    %{set | map: :maps.without(:maps.keys(m2), m1)}
  end

  def symmetric_difference(%MapSet{} = s1, %MapSet{} = s2) do
    union(difference(s1, s2), difference(s2, s1))
  end

  def subset?(%MapSet{map: m1}, %MapSet{map: m2}) do
    map_size(m1) <= map_size(m2) and Enum.all?(:maps.keys(m1), fn k -> :erlang.is_map_key(k, m2) end)
  end

  def disjoint?(%MapSet{map: m1}, %MapSet{map: m2}) do
    not Enum.any?(:maps.keys(m1), fn k -> :erlang.is_map_key(k, m2) end)
  end

  def equal?(%MapSet{map: m1}, %MapSet{map: m2}), do: m1 == m2

  def filter(%MapSet{map: map} = set, fun) do
    %{set | map: :maps.from_keys(Enum.filter(:maps.keys(map), fun), [])}
  end

  def reject(%MapSet{map: map} = set, fun) do
    %{set | map: :maps.from_keys(Enum.reject(:maps.keys(map), fun), [])}
  end
end
