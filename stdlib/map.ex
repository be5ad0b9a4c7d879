# Map: functions over maps, on top of the :maps natives. A non-map argument
# fails with {:badmap, term}, which Exception.normalize turns into BadMapError.
defmodule Map do
  def new, do: %{}
  def new(list) when is_list(list), do: :maps.from_list(list) #@ 221
  def new(%{__struct__: _} = struct), do: new_from_enum(struct)
  def new(map) when is_map(map), do: map
  def new(enum), do: new_from_enum(enum)

  def new(enumerable, transform), do: new_from_enum(enumerable, transform)

  defp new_from_enum(enumerable) do
    enumerable
    |> Enum.to_list() #@ 228
    |> :maps.from_list() #@ 229
  end

  defp new_from_enum(enumerable, transform) when is_function(transform, 1) do #@ 261
    :maps.from_list(Enum.map(enumerable, transform))
  end

  def get(map, key, default \\ nil) do
    case map do
      %{^key => value} -> value
      %{} -> default
      other -> :erlang.error({:badmap, other}, [map, key, default]) #@ 534
    end
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do #@ 561
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other}, [map, key, fun]) #@ 570
    end
  end

  def fetch(map, key), do: :maps.find(key, map)

  # :maps.get compiles into :erlang.map_get, whose frame Elixir's traces show
  def fetch!(map, key), do: :maps.get(key, map)

  def has_key?(map, key), do: :maps.is_key(key, map)
  def keys(map), do: :maps.keys(map)
  def values(map), do: :maps.values(map)
  def to_list(map), do: :maps.to_list(map)
  def put(map, key, value), do: :maps.put(key, value, map) #@ 589
  def delete(map, key), do: :maps.remove(key, map)
  def merge(map1, map2), do: :maps.merge(map1, map2)

  def merge(map1, map2, fun) when is_function(fun, 3) do #@ 650
    if map_size(map1) > map_size(map2) do
      Enum.reduce(:maps.to_list(map2), map1, fn {k, v2}, acc ->
        case acc do
          %{^k => v1} -> :maps.put(k, fun.(k, v1, v2), acc)
          %{} -> :maps.put(k, v2, acc)
        end
      end)
    else
      Enum.reduce(:maps.to_list(map1), map2, fn {k, v1}, acc ->
        case acc do
          %{^k => v2} -> :maps.put(k, fun.(k, v1, v2), acc)
          %{} -> :maps.put(k, v1, acc)
        end
      end)
    end
  end

  def put_new(map, key, value) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, value, map)
      other -> :erlang.error({:badmap, other}) #@ 344
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do #@ 445
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other}) #@ 454
    end
  end

  def replace(map, key, value) do
    case map do
      %{^key => _} -> %{map | key => value}
      %{} -> map
      other -> :erlang.error({:badmap, other}) #@ 371
    end
  end

  def replace!(map, key, value), do: :maps.update(key, value, map)

  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do #@ 416
    case map do
      %{^key => v} -> %{map | key => fun.(v)}
      %{} -> map
    end
  end

  def update(map, key, default, fun) when is_function(fun, 1) do #@ 684
    case map do
      %{^key => v} -> %{map | key => fun.(v)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other}, [map, key, default, fun]) #@ 693
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do #@ 881
    value = :maps.get(key, map) #@ 319
    %{map | key => fun.(value)}
  end

  def pop(map, key, default \\ nil) do
    case :maps.take(key, map) do
      {value, rest} -> {value, rest}
      :error -> {default, map}
    end
  end

  def pop!(map, key) do
    case :maps.take(key, map) do
      {value, rest} -> {value, rest}
      :error -> raise KeyError, key: key, term: map #@ 743
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do #@ 772
    case :maps.take(key, map) do
      {value, rest} -> {value, rest}
      :error -> {fun.(), map}
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do #@ 921
    current = get(map, key)

    case fun.(current) do #@ 924
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, delete(map, key)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: #{Kernel.inspect(other)}" #@ 932
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do #@ 963
    value = :maps.get(key, map)

    case fun.(value) do
      {get, update} -> {get, %{map | key => update}}
      :pop -> {value, delete(map, key)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: #{Kernel.inspect(other)}" #@ 974
    end
  end

  def take(map, keys) when is_map(map), do: :maps.with(Enum.to_list(keys), map)
  def take(other, _keys), do: :erlang.error({:badmap, other}) #@ 487
  def drop(map, keys) when is_map(map), do: :maps.without(Enum.to_list(keys), map)
  def drop(other, keys), do: :erlang.error({:badmap, other}, [other, keys]) #@ 807

  def split(map, keys) when is_map(map) do
    Enum.reduce(keys, {%{}, map}, fn key, {inside, outside} ->
      case outside do
        %{^key => v} -> {:maps.put(key, v, inside), :maps.remove(key, outside)}
        %{} -> {inside, outside}
      end
    end)
  end

  def split(non_map, keys), do: :erlang.error({:badmap, non_map}, [non_map, keys]) #@ 847

  def filter(map, fun) when is_map(map) and is_function(fun, 1) do #@ 1068
    :maps.from_list(Enum.filter(map, fun))
  end

  def reject(map, fun) when is_map(map) and is_function(fun, 1) do #@ 1098
    :maps.from_list(Enum.reject(map, fun))
  end

  def map(map, fun) when is_map(map) do #@ 1116
    :maps.map(fn k, v -> fun.({k, v}) end, map) #@ 1117
  end

  def from_keys(keys, value), do: :maps.from_keys(keys, value)
  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2
  def equal?(map1, map2) when is_map(map1), do: :erlang.error({:badmap, map2}, [map1, map2]) #@ 1036
  def equal?(term, other), do: :erlang.error({:badmap, term}, [term, other]) #@ 1037

  def from_struct(struct) when is_atom(struct), do: :maps.remove(:__struct__, struct.__struct__()) #@ 999
  def from_struct(%_{} = struct), do: :maps.remove(:__struct__, struct)

  # Deprecated in Elixir, kept for old code
  def size(map), do: map_size(map) #@ 1042
end
