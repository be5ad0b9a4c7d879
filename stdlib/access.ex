# Access: data[key] for maps and keyword lists, plus the accessor functions
# (key/2, key!/1, elem/1, at/1, all/0, filter/1) used with get_in and friends.
defmodule Access do
  def fetch(%{__struct__: struct}, _key), do: not_accessible(struct, :fetch)
  def fetch(map, key) when is_map(map), do: :maps.find(key, map)

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list) do
    raise ArgumentError,
          "the Access calls for keywords expect the key to be an atom, got: " <> Kernel.inspect(key)
  end

  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  def get(container, key, default \\ nil)

  def get(%{__struct__: struct}, _key, _default), do: not_accessible(struct, :fetch)

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(nil, _key, default), do: default

  def get(list, key, default) when is_list(list) do
    case fetch(list, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get_and_update(%{__struct__: struct}, _key, _fun), do: not_accessible(struct, :get_and_update)
  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)
  def get_and_update(nil, key, _fun), do: raise(ArgumentError, "could not put/update key #{Kernel.inspect(key)} on a nil value")

  def pop(%{__struct__: struct}, _key), do: not_accessible(struct, :pop)
  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)
  def pop(nil, key), do: raise(ArgumentError, "could not pop key #{Kernel.inspect(key)} on a nil value")

  defp not_accessible(struct, fun) do
    arity = if fun == :get_and_update, do: 3, else: 2

    raise UndefinedFunctionError,
      module: struct,
      function: fun,
      arity: arity,
      message:
        "function #{Kernel.inspect(struct)}.#{fun}/#{arity} is undefined " <>
          "(#{Kernel.inspect(struct)} does not implement the Access behaviour. If you are using " <>
          "get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1)"
  end

  # Accessors

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next ->
        next.(Map.fetch!(data, key))

      :get_and_update, %{} = data, next ->
        value = Map.fetch!(data, key)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end

      _op, data, _next ->
        raise "Access.key!/1 expected a map/struct, got: #{Kernel.inspect(data)}"
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    pos = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(pos, data))

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(pos, data)

        case next.(value) do
          {get, update} -> {get, :erlang.setelement(pos, data, update)}
          :pop -> raise "cannot pop data from a tuple"
        end

      _op, data, _next ->
        raise "Access.elem/1 expected a tuple, got: #{Kernel.inspect(data)}"
    end
  end

  def at(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        next.(Enum.at(data, index))

      :get_and_update, data, next when is_list(data) ->
        at_update(data, index, next)

      _op, data, _next ->
        raise "Access.at/1 expected a list, got: #{Kernel.inspect(data)}"
    end
  end

  defp at_update(data, index, next) when index < 0 do
    {get, list} = at_update(:lists.reverse(data), -index - 1, next)
    {get, :lists.reverse(list)}
  end

  defp at_update(data, index, next) do
    case Enum.split(data, index) do
      {front, [value | back]} ->
        case next.(value) do
          {get, update} -> {get, front ++ [update | back]}
          :pop -> {value, front ++ back}
        end

      _ ->
        {nil, data}
    end
  end

  def all do
    fn
      :get, data, next when is_list(data) ->
        Enum.map(data, next)

      :get_and_update, data, next when is_list(data) ->
        {gets, updates} =
          Enum.reduce(data, {[], []}, fn x, {gets, updates} ->
            case next.(x) do
              {get, update} -> {[get | gets], [update | updates]}
              :pop -> {[x | gets], updates}
            end
          end)

        {:lists.reverse(gets), :lists.reverse(updates)}

      _op, data, _next ->
        raise "Access.all/0 expected a list, got: #{Kernel.inspect(data)}"
    end
  end

  def filter(pred) when is_function(pred, 1) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.filter(pred) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        {gets, updates} =
          Enum.reduce(data, {[], []}, fn x, {gets, updates} ->
            if pred.(x) do
              case next.(x) do
                {get, update} -> {[get | gets], [update | updates]}
                :pop -> {[x | gets], updates}
              end
            else
              {gets, [x | updates]}
            end
          end)

        {:lists.reverse(gets), :lists.reverse(updates)}

      _op, data, _next ->
        raise "Access.filter/1 expected a list, got: #{Kernel.inspect(data)}"
    end
  end
end
