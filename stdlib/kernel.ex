# Kernel: the functions every module sees without a prefix. The compiler
# inlines guards and operators into :erlang calls; whatever else a program
# calls unqualified and does not define lands here, as plain functions.
defmodule Kernel do
  # Inspection and conversion

  def inspect(term, opts \\ []) when is_list(opts), do: :vial.inspect(term, opts) #@ 2245

  def to_string(term), do: String.Chars.to_string(term)

  def to_charlist(term), do: List.Chars.to_charlist(term)

  # Plain wrappers, for code that calls them remotely or captures them.

  # Operators and guards the compiler inlines, as functions for apply/3
  # and captures such as &Kernel.+/2.
  def left + right, do: :erlang.+(left, right) #@ 1318
  def left - right, do: :erlang.-(left, right) #@ 1338
  def left * right, do: :erlang.*(left, right) #@ 1396
  def left / right, do: :erlang./(left, right) #@ 1427
  def +value, do: :erlang.+(value) #@ 1356
  def -value, do: :erlang.-(value) #@ 1376
  def left == right, do: :erlang.==(left, right)
  def left != right, do: :erlang."/="(left, right)
  def left === right, do: :erlang."=:="(left, right)
  def left !== right, do: :erlang."=/="(left, right)
  def left < right, do: :erlang.<(left, right)
  def left <= right, do: :erlang."=<"(left, right)
  def left > right, do: :erlang.>(left, right)
  def left >= right, do: :erlang.>=(left, right)
  def left ++ right, do: :erlang.++(left, right) #@ 1465
  def left -- right, do: :erlang.--(left, right) #@ 1499
  def left <> right when is_binary(left) and is_binary(right), do: <<left::binary, right::binary>>
  def !value, do: value == nil or value == false
  def is_atom(t), do: :erlang.is_atom(t)
  def is_binary(t), do: :erlang.is_binary(t)
  def is_bitstring(t), do: :erlang.is_bitstring(t)
  def is_boolean(t), do: :erlang.is_boolean(t)
  def is_float(t), do: :erlang.is_float(t)
  def is_function(t), do: :erlang.is_function(t)
  def is_function(t, arity), do: :erlang.is_function(t, arity)
  def is_integer(t), do: :erlang.is_integer(t)
  def is_list(t), do: :erlang.is_list(t)
  def is_map(t), do: :erlang.is_map(t)
  def is_number(t), do: :erlang.is_number(t)
  def is_pid(t), do: :erlang.is_pid(t)
  def is_reference(t), do: :erlang.is_reference(t)
  def is_tuple(t), do: :erlang.is_tuple(t)
  def map_get(m, k), do: :erlang.map_get(k, m)

  def apply(fun, args) when is_list(args), do: :erlang.apply(fun, args)
  def apply(mod, fun, args) when is_list(args), do: :erlang.apply(mod, fun, args)
  def max(a, b), do: :erlang.max(a, b)
  def min(a, b), do: :erlang.min(a, b)
  def abs(n), do: :erlang.abs(n) #@ 272
  def div(a, b), do: :erlang.div(a, b) #@ 445
  def rem(a, b), do: :erlang.rem(a, b) #@ 956
  def round(n), do: :erlang.round(n) #@ 990
  def trunc(n), do: :erlang.trunc(n) #@ 1279
  def ceil(n), do: :erlang.ceil(n) #@ 410
  def floor(n), do: :erlang.floor(n) #@ 525
  def hd(l), do: :erlang.hd(l) #@ 554
  def tl(l), do: :erlang.tl(l) #@ 1256
  def length(l), do: :erlang.length(l) #@ 814
  # :erlang.+ because + here is Kernel's own +/2
  def elem(t, i), do: :erlang.element(:erlang.+(i, 1), t) #@ 1747
  def put_elem(t, i, v), do: :erlang.setelement(:erlang.+(i, 1), t, v) #@ 1764
  def tuple_size(t), do: :erlang.tuple_size(t) #@ 1298
  def map_size(m), do: :erlang.map_size(m) #@ 854
  def byte_size(b), do: :erlang.byte_size(b) #@ 396
  def bit_size(b), do: :erlang.bit_size(b) #@ 372
  def binary_part(b, start, len), do: :erlang.binary_part(b, start, len) #@ 352
  def is_map_key(m, k), do: :erlang.is_map_key(k, m)
  def not(v), do: :erlang.not(v) #@ 1519
  def throw(v), do: :erlang.throw(v)
  def exit(v), do: :erlang.exit(v)
  def self(), do: :erlang.self()
  def make_ref(), do: :erlang.make_ref()
  def node(), do: :erlang.node()
  def function_exported?(m, f, a), do: :erlang.function_exported(m, f, a) #@ 4159

  def base ** exponent when is_integer(base) and is_integer(exponent) and exponent >= 0, do: Integer.pow(base, exponent) #@ 4214
  def base ** exponent when is_number(base) and is_number(exponent), do: :math.pow(base, exponent) #@ 4219

  # A pattern that is a string; a Regex needs the Regex module, which vial
  # does not have yet.
  def left =~ "" when is_binary(left), do: true #@ 2179
  def left =~ right when is_binary(left) and is_binary(right), do: :binary.match(left, right) != :nomatch
  def left =~ right when is_binary(left), do: Regex.match?(right, left)

  def binary_slice(binary, start, size) #@ 4578
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: :erlang.max(total + start, 0), else: start
    if start < total, do: :binary.part(binary, start, :erlang.min(size, total - start)), else: ""
  end

  def binary_slice(binary, first..last//step) when is_binary(binary) and step > 0 do #@ 4651
    total = byte_size(binary)
    first = if first < 0, do: :erlang.max(first + total, 0), else: first
    last = if last < 0, do: last + total, else: :erlang.min(last, total - 1)

    cond do
      first > last -> ""
      step == 1 -> :binary.part(binary, first, last - first + 1)
      true -> :erlang.list_to_binary(for i <- first..last//step, do: :binary.at(binary, i))
    end
  end

  def binary_slice(binary, _.._//_ = range) when is_binary(binary) do
    raise ArgumentError, "binary_slice/2 does not accept ranges with negative steps, got: #{Kernel.inspect(range)}" #@ 4675
  end

  def macro_exported?(module, macro, arity) #@ 4183
      when is_atom(module) and is_atom(macro) and is_integer(arity) and (arity >= 0 and arity <= 255) do
    # a module that is not loaded yet is not loaded for this
    :erlang.function_exported(module, :__info__, 1) and {macro, arity} in module.__info__(:macros)
  end

  def is_nil(v), do: v == nil
  def then(v, fun), do: fun.(v)

  def tap(v, fun) do
    fun.(v)
    v
  end

  def is_struct(%{__struct__: s}) when is_atom(s), do: true
  def is_struct(_), do: false
  def is_struct(%{__struct__: s}, s) when is_atom(s), do: true
  def is_struct(_, _), do: false
  def is_exception(%{__struct__: s, __exception__: true}) when is_atom(s), do: true
  def is_exception(_), do: false
  def is_exception(%{__struct__: s, __exception__: true}, s) when is_atom(s), do: true
  def is_exception(_, _), do: false

  # Structs

  def struct(struct, fields \\ []) do
    struct(struct, fields, fn #@ 2301
      {:__struct__, _val}, acc -> acc #@ 2301
      {key, val}, acc -> if :erlang.is_map_key(key, acc), do: :maps.put(key, val, acc), else: acc
    end)
  end

  defp struct(struct, [], _fun) when is_atom(struct) do #@ 2349
    validate_struct!(struct.__struct__(), struct, 0) #@ 2350
  end

  defp struct(struct, fields, fun) when is_atom(struct) do
    struct(validate_struct!(struct.__struct__(), struct, 0), fields, fun) #@ 2354
  end

  defp struct(%_{} = struct, [], _fun), do: struct
  defp struct(%_{} = struct, fields, fun), do: Enum.reduce(fields, struct, fun)

  def struct!(struct, fields \\ [])

  def struct!(struct, fields) when is_atom(struct) do #@ 2335
    validate_struct!(struct.__struct__(fields), struct, 1) #@ 2336
  end

  def struct!(struct, fields) when is_map(struct) do
    Enum.reduce(fields, struct, fn #@ 2340
      {:__struct__, _}, acc -> acc #@ 2340
      {key, val}, acc -> :maps.update(key, val, acc) #@ 2345
    end)
  end

  defp validate_struct!(%{__struct__: module} = struct, module, _arity), do: struct

  defp validate_struct!(%{__struct__: name}, module, arity) when is_atom(name) do
    raise ArgumentError,
          "expected struct name returned by #{Kernel.inspect(module)}.__struct__/#{arity} " <>
            "to be #{Kernel.inspect(module)}, got: #{Kernel.inspect(name)}"
  end

  defp validate_struct!(expr, module, arity) do
    raise ArgumentError,
          "expected #{Kernel.inspect(module)}.__struct__/#{arity} to return a map with a " <>
            ":__struct__ key that holds the name of the struct (atom), got: #{Kernel.inspect(expr)}"
  end

  # Nested access with key paths (the function forms; a key may be an
  # Access function such as Access.key/1).

  # nil ends the walk before any accessor function sees it, as in Elixir 1.14.
  def get_in(nil, [_ | _]), do: nil #@ 2670
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, fn x -> Kernel.get_in(x, t) end)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: Kernel.get_in(Access.get(data, h), t)

  def get_and_update_in(data, [head], fun) when is_function(head, 3), do: head.(:get_and_update, data, fun) #@ 2818

  def get_and_update_in(data, [head | tail], fun) when is_function(head, 3) do
    head.(:get_and_update, data, fn x -> Kernel.get_and_update_in(x, tail, fun) end)
  end

  def get_and_update_in(data, [head], fun) when is_function(fun, 1) do
    Access.get_and_update(data, head, fun)
  end

  def get_and_update_in(data, [head | tail], fun) when is_function(fun, 1) do
    Access.get_and_update(data, head, fn x -> Kernel.get_and_update_in(x, tail, fun) end)
  end

  def put_in(data, [_ | _] = keys, value) do #@ 2700
    :erlang.element(2, Kernel.get_and_update_in(data, keys, fn _ -> {nil, value} end)) #@ 2701
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun) do #@ 2733
    :erlang.element(2, Kernel.get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end)) #@ 2734
  end

  def pop_in(nil, [key | _]) do #@ 2856
    raise ArgumentError, "could not pop key #{Kernel.inspect(key)} on a nil value" #@ 2857
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | tail]) when is_function(fun) do
    fun.(:get_and_update, data, fn x -> pop_in_data(x, tail) end)
  end

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | tail]) do
    Access.get_and_update(data, key, fn x -> pop_in_data(x, tail) end)
  end
end
