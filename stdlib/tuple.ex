# Tuple: thin wrappers over the :erlang tuple natives.
defmodule Tuple do
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)
  def append(tuple, value), do: :erlang.append_element(tuple, value)
  def insert_at(tuple, index, value) when is_integer(index) and index >= 0, do: :erlang.insert_element(index + 1, tuple, value) #@ 86
  def delete_at(tuple, index) when is_integer(index) and index >= 0, do: :erlang.delete_element(index + 1, tuple) #@ 127
  def duplicate(data, size) when is_integer(size) and size >= 0, do: :erlang.make_tuple(size, data) #@ 63

  # As Elixir's, these walk the tuple by index: a non-tuple fails in tuple_size
  def sum(tuple), do: sum(tuple, tuple_size(tuple), 1, 0)
  defp sum(_tuple, size, index, acc) when index > size, do: acc
  defp sum(tuple, size, index, acc), do: sum(tuple, size, index + 1, :erlang.element(index, tuple) + acc)

  def product(tuple), do: product(tuple, tuple_size(tuple), 1, 1)
  defp product(_tuple, size, index, acc) when index > size, do: acc
  defp product(tuple, size, index, acc), do: product(tuple, size, index + 1, :erlang.element(index, tuple) * acc)
end
