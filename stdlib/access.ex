# Access: data[key] for maps and keyword lists, plus the accessor functions
# (key/2, key!/1, elem/1, at/1, at!/1, all/0, filter/1, slice/1) used with
# get_in and friends. The clause heads, private helpers and lines are
# Elixir's, so that what fails fails in the same frames.
defmodule Access do
  def fetch(container, key)

  def fetch(%module{} = container, key) do #@ 211
    module.fetch(container, key) #@ 212
  rescue
    exception in UndefinedFunctionError ->
      raise_undefined_behaviour(exception, module, {module, :fetch, [container, key]}, __STACKTRACE__)
  end

  def fetch(map, key) when is_map(map) do
    case map do
      %{^key => value} -> {:ok, value}
      _ -> :error
    end
  end

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list) do
    raise ArgumentError, #@ 233
          "the Access calls for keywords expect the key to be an atom, got: " <> Kernel.inspect(key)
  end

  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do #@ 254
      {:ok, value} -> value
      :error -> raise(KeyError, key: key, term: container) #@ 256
    end
  end

  def get(container, key, default \\ nil)

  def get(%module{} = container, key, default) do #@ 286
    try do
      module.fetch(container, key) #@ 288
    rescue
      exception in UndefinedFunctionError ->
        raise_undefined_behaviour(exception, module, {module, :fetch, [container, key]}, __STACKTRACE__)
    else
      {:ok, value} -> value
      :error -> default
    end
  end

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end

  def get(list, key, _default) when is_list(list) do
    raise ArgumentError, #@ 313
          "the Access calls for keywords expect the key to be an atom, got: " <> Kernel.inspect(key)
  end

  def get(nil, _key, default), do: default

  def get_and_update(%module{} = container, key, fun) do #@ 348
    module.get_and_update(container, key, fun) #@ 349
  rescue
    exception in UndefinedFunctionError ->
      raise_undefined_behaviour(exception, module, {module, :get_and_update, [container, key, fun]}, __STACKTRACE__)
  end

  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)

  def get_and_update(nil, key, _fun) do
    raise ArgumentError, "could not put/update key #{Kernel.inspect(key)} on a nil value" #@ 368
  end

  def pop(%module{} = container, key) do #@ 398
    module.pop(container, key) #@ 399
  rescue
    exception in UndefinedFunctionError ->
      raise_undefined_behaviour(exception, module, {module, :pop, [container, key]}, __STACKTRACE__)
  end

  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)

  def pop(nil, key) do
    raise ArgumentError, "could not pop key #{Kernel.inspect(key)} on a nil value" #@ 414
  end

  # A struct without the callback: the call's own UndefinedFunctionError,
  # with the reason why; one raised deeper inside the callback goes on as is.
  defp raise_undefined_behaviour(exception, module, {module, fun, args}, stacktrace) do
    case stacktrace do
      [{^module, ^fun, ^args, _} | _] ->
        reason =
          "#{Kernel.inspect(module)} does not implement the Access behaviour. If you are using " <>
            "get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1"

        reraise %{exception | reason: reason, message: nil}, stacktrace

      _ ->
        reraise exception, stacktrace
    end
  end

  # ---- accessors

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default)) #@ 459

      :get_and_update, data, next ->
        value = Map.get(data, key, default) #@ 462

        case next.(value) do #@ 464
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next ->
        next.(:erlang.map_get(key, data)) #@ 503

      :get_and_update, %{} = data, next ->
        value = :erlang.map_get(key, data) #@ 506

        case next.(value) do #@ 508
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end

      _op, data, _next ->
        raise "Access.key!/1 expected a map/struct, got: #{Kernel.inspect(data)}" #@ 514
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do #@ 548
    pos = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(pos, data)) #@ 553

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(pos, data) #@ 556

        case next.(value) do #@ 558
          {get, update} -> {get, :erlang.setelement(pos, data, update)}
          :pop -> raise "cannot pop data from a tuple" #@ 560
        end

      _op, data, _next ->
        raise "Access.elem/1 expected a tuple, got: #{Kernel.inspect(data)}" #@ 564
    end
  end

  def all(), do: &all/3

  defp all(:get, data, next) when is_list(data), do: Enum.map(data, next)
  defp all(:get_and_update, data, next) when is_list(data), do: all(data, next, [], [])
  defp all(_op, data, _next), do: raise("Access.all/0 expected a list, got: #{Kernel.inspect(data)}") #@ 615

  defp all([head | rest], next, gets, updates) do
    case next.(head) do #@ 619
      {get, update} -> all(rest, next, [get | gets], [update | updates])
      :pop -> all(rest, next, [head | gets], updates)
    end
  end

  defp all([], _next, gets, updates), do: {:lists.reverse(gets), :lists.reverse(updates)}

  def at(index) when is_integer(index), do: &at(&1, &2, &3, index) #@ 677

  defp at(:get, data, next, index) when is_list(data), do: next.(Enum.at(data, index))

  defp at(:get_and_update, data, next, index) when is_list(data) do
    get_and_update_at(data, index, next, [], fn -> nil end)
  end

  defp at(_op, data, _next, _index), do: raise("Access.at/1 expected a list, got: #{Kernel.inspect(data)}") #@ 690

  # default_fun gives what an index past either end gets: nil for at/1,
  # an OutOfBoundsError for at!/1.
  defp get_and_update_at([head | rest], 0, next, updates, _default_fun) do
    case next.(head) do #@ 694
      {get, update} -> {get, :lists.reverse([update | updates], rest)}
      :pop -> {head, :lists.reverse(updates, rest)}
    end
  end

  defp get_and_update_at(list, index, next, updates, default_fun) when index < 0 do
    case length(list) + index do
      index when index >= 0 -> get_and_update_at(list, index, next, updates, default_fun)
      _ -> {default_fun.(), list} #@ 706
    end
  end

  defp get_and_update_at([head | rest], index, next, updates, default_fun) do
    get_and_update_at(rest, index - 1, next, [head | updates], default_fun)
  end

  defp get_and_update_at([], _index, _next, updates, default_fun) do
    {default_fun.(), :lists.reverse(updates)} #@ 715
  end

  def at!(index) when is_integer(index), do: &at!(&1, &2, &3, index) #@ 732

  defp at!(:get, data, next, index) when is_list(data) do
    case Enum.fetch(data, index) do
      {:ok, value} -> next.(value)
      :error -> raise Enum.OutOfBoundsError #@ 739
    end
  end

  defp at!(:get_and_update, data, next, index) when is_list(data) do
    get_and_update_at(data, index, next, [], fn -> raise Enum.OutOfBoundsError end) #@ 744
  end

  defp at!(_op, data, _next, _index), do: raise("Access.at!/1 expected a list, got: #{Kernel.inspect(data)}") #@ 748

  def filter(func) when is_function(func), do: &filter(&1, &2, &3, func) #@ 799

  defp filter(:get, data, next, func) when is_list(data), do: data |> Enum.filter(func) |> Enum.map(next) #@ 804

  defp filter(:get_and_update, data, next, func) when is_list(data) do
    get_and_update_filter(data, func, next, [], [])
  end

  defp filter(_op, data, _next, _func), do: raise("Access.filter/1 expected a list, got: #{Kernel.inspect(data)}") #@ 812

  defp get_and_update_filter([head | rest], func, next, updates, gets) do
    if func.(head) do #@ 816
      case next.(head) do #@ 817
        {get, update} -> get_and_update_filter(rest, func, next, [update | updates], [get | gets])
        :pop -> get_and_update_filter(rest, func, next, updates, [head | gets])
      end
    else
      get_and_update_filter(rest, func, next, [head | updates], gets)
    end
  end

  defp get_and_update_filter([], _func, _next, updates, gets), do: {:lists.reverse(gets), :lists.reverse(updates)}

  def slice(%Range{} = range) do #@ 883
    if range.step > 0 do
      &slice(&1, &2, &3, range)
    else
      raise ArgumentError, "Access.slice/1 does not accept ranges with negative steps, got: #{Kernel.inspect(range)}" #@ 887
    end
  end

  defp slice(:get, data, next, range) when is_list(data), do: next.(Enum.slice(data, range))

  defp slice(:get_and_update, data, next, first..last//step) when is_list(data) do
    length = length(data)
    first = if first < 0, do: :erlang.max(first + length, 0), else: first
    last = if last < 0, do: last + length, else: last
    get_and_update_slice(data, first..last//step, next, [], [], 0)
  end

  defp slice(_op, data, _next, _range), do: raise(ArgumentError, "Access.slice/1 expected a list, got: #{Kernel.inspect(data)}") #@ 909

  # index: the position of the list's head in the whole list
  defp get_and_update_slice([head | rest], first..last//step = range, next, updates, gets, index)
       when index >= first and index <= last and rem(index - first, step) == 0 do
    case next.(head) do #@ 924
      {get, update} -> get_and_update_slice(rest, range, next, [update | updates], [get | gets], index + 1)
      :pop -> get_and_update_slice(rest, range, next, updates, [head | gets], index + 1)
    end
  end

  defp get_and_update_slice([head | rest], range, next, updates, gets, index) do
    get_and_update_slice(rest, range, next, [head | updates], gets, index + 1)
  end

  defp get_and_update_slice([], _range, _next, updates, gets, _index), do: {:lists.reverse(gets), :lists.reverse(updates)}
end
