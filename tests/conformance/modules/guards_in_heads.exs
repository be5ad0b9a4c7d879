# Guards use a restricted set of functions and fail silently to the next clause.
defmodule G do
  def t(x) when is_list(x) and length(x) > 2, do: :long_list
  def t(x) when is_list(x), do: :short_list
  def t(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def t(x) when is_map_key(x, :id), do: :has_id
  def t(x) when is_tuple(x) and elem(x, 0) == :ok, do: :ok_tuple
  def t(x) when is_binary(x) and byte_size(x) > 3, do: :long_string
  def t(x) when x in [1, 2, 3], do: :small
  def t(x) when hd(x) == 1, do: :never_for_non_lists
  def t(x) when rem(x, 2) == 0, do: :even
  def t(_), do: :other
end

for v <- [[1, 2, 3], [1], %{}, %{id: 1}, {:ok, 1}, "hello", "hi", 2, 10, 11, :atom] do
  IO.inspect({v, G.t(v)})
end
