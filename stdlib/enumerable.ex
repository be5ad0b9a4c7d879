# Enumerable without protocols: Elixir's reducer protocol ({:cont, acc},
# {:halt, acc}, {:suspend, acc} in; {:done | :halted, acc} or
# {:suspended, acc, continuation} out) for the enumerable built-in types.
# Streams are %Stream{} structs or functions of arity 2 (acc, fun), exactly
# as Elixir accepts them.
defmodule Enumerable do
  def reduce(list, acc, fun) when is_list(list), do: Enumerable.List.reduce(list, acc, fun)

  def reduce(%Range{} = range, acc, fun), do: Enumerable.Range.reduce(range, acc, fun)

  def reduce(%MapSet{} = set, acc, fun), do: Enumerable.List.reduce(MapSet.to_list(set), acc, fun)

  def reduce(%Stream{} = stream, acc, fun), do: Enumerable.Stream.reduce(stream, acc, fun)

  def reduce(%File.Stream{} = stream, acc, fun), do: Enumerable.File.Stream.reduce(stream, acc, fun)
  def reduce(%IO.Stream{} = stream, acc, fun), do: Enumerable.IO.Stream.reduce(stream, acc, fun)
  def reduce(%{__struct__: _} = struct, acc, fun), do: impl_for!(struct).reduce(struct, acc, fun) #@ 166
  def reduce(map, acc, fun) when is_map(map), do: Enumerable.List.reduce(:maps.to_list(map), acc, fun)
  def reduce(function, acc, fun) when is_function(function), do: Enumerable.Function.reduce(function, acc, fun)
  def reduce(other, acc, fun), do: impl_for!(other).reduce(other, acc, fun) #@ 166

  # {:ok, n} when the size is known without walking, else {:error, __MODULE__}.
  def count(list) when is_list(list), do: {:ok, length(list)}
  def count(%Range{} = range), do: {:ok, Range.size(range)}
  def count(%MapSet{} = set), do: {:ok, MapSet.size(set)}
  def count(%Stream{}), do: {:error, Enumerable}
  def count(%File.Stream{} = stream), do: Enumerable.File.Stream.count(stream)
  def count(%IO.Stream{} = stream), do: Enumerable.IO.Stream.count(stream)
  def count(%{__struct__: _} = struct), do: impl_for!(struct).count(struct) #@ 178
  def count(map) when is_map(map), do: {:ok, map_size(map)}
  def count(function) when is_function(function), do: {:error, Enumerable}
  def count(other), do: impl_for!(other).count(other) #@ 178

  def member?(list, x) when is_list(list), do: {:ok, :lists.member(x, list)}

  def member?(%Range{first: first, last: last, step: step} = range, x) when is_integer(x) do
    cond do
      Range.size(range) == 0 -> {:ok, false}
      first <= last -> {:ok, first <= x and x <= last and rem(x - first, step) == 0}
      true -> {:ok, last <= x and x <= first and rem(x - first, step) == 0}
    end
  end

  def member?(%Range{}, _), do: {:ok, false}
  def member?(%MapSet{} = set, x), do: {:ok, MapSet.member?(set, x)}
  def member?(%Stream{}, _), do: {:error, Enumerable}
  def member?(%File.Stream{} = stream, x), do: Enumerable.File.Stream.member?(stream, x)
  def member?(%IO.Stream{} = stream, x), do: Enumerable.IO.Stream.member?(stream, x)
  def member?(%{__struct__: _} = struct, x), do: impl_for!(struct).member?(struct, x) #@ 194

  def member?(map, {key, value}) when is_map(map) do
    {:ok, :erlang.is_map_key(key, map) and :maps.get(key, map) === value}
  end

  def member?(map, _) when is_map(map), do: {:ok, false}
  def member?(function, _) when is_function(function), do: {:error, Enumerable}
  def member?(other, x), do: impl_for!(other).member?(other, x) #@ 194

  # Elixir's dispatch: the implementation for the value, here only ever a
  # failure, which Elixir's frames show at line 1 of the protocol's file.
  def impl_for!(value), do: raise(Protocol.UndefinedError, protocol: Enumerable, value: value) #@ 1
end

# Collectable without protocols: into/1 returns {initial, collector}, the
# collector taking (acc, {:cont, x} | :done | :halt), for the built-in types.
defmodule Collectable do
  def into(list) when is_list(list), do: Collectable.List.into(list)
  def into(%MapSet{} = set), do: Collectable.MapSet.into(set)
  def into(%File.Stream{} = stream), do: Collectable.File.Stream.into(stream)
  def into(%IO.Stream{} = stream), do: Collectable.IO.Stream.into(stream)
  def into(%{__struct__: _} = struct), do: impl_for!(struct)
  def into(map) when is_map(map), do: Collectable.Map.into(map)
  def into(bitstring) when is_bitstring(bitstring), do: Collectable.BitString.into(bitstring)
  def into(other), do: impl_for!(other)

  # Elixir's dispatch: the implementation for the value, here only ever a
  # failure, which Elixir's frames show at line 1 of the protocol's file.
  def impl_for!(value), do: raise(Protocol.UndefinedError, protocol: Collectable, value: value) #@ 1
end

defmodule Collectable.List do
  def into(list) do
    {[], fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end}
  end
end

defmodule Collectable.Map do
  def into(map) do
    {map, fn
      acc, {:cont, {k, v}} -> :maps.put(k, v, acc)
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end

defmodule Collectable.BitString do
  def into(bitstring) do
    {bitstring, fn
      acc, {:cont, x} when is_bitstring(x) -> <<acc::bitstring, x::bitstring>>
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end

defmodule Collectable.MapSet do
  def into(set) do
    {set, fn
      acc, {:cont, x} -> MapSet.put(acc, x)
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end

# The reducers of lists and ranges live in modules of their own so that a
# reducer returning something else fails where Elixir's does.
defmodule Enumerable.List do
  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc} #@ 4748
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> reduce(list, a, fun) end}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun) #@ 4751
end

defmodule Enumerable.Range do
  def reduce(first..last//step, acc, fun), do: reduce(first, last, acc, fun, step)

  defp reduce(_first, _last, {:halt, acc}, _fun, _step), do: {:halted, acc} #@ 372

  defp reduce(first, last, {:suspend, acc}, fun, step) do
    {:suspended, acc, fn a -> reduce(first, last, a, fun, step) end}
  end

  defp reduce(first, last, {:cont, acc}, fun, step) when step > 0 and first <= last when step < 0 and first >= last do
    reduce(first + step, last, fun.(first, acc), fun, step) #@ 383
  end

  defp reduce(_, _, {:cont, acc}, _fun, _up), do: {:done, acc}
end

# Functions of arity 2 are streams; other ones fail here, as in Elixir.
defmodule Enumerable.Function do
  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)

  def reduce(function, _acc, _fun) do
    raise Protocol.UndefinedError, #@ 4785
      protocol: Enumerable,
      value: function,
      description: "only anonymous functions of arity 2 are enumerable"
  end
end
