# Multi-clause functions and fns: guards with when-chains, in/not in, elem/hd/bit_size, <> prefixes, nested case/cond/with, try/else
defmodule S do
  def multi(x) when is_atom(x) when is_binary(x), do: :atom_or_bin
  def multi(_), do: :other
  def prefix("http://" <> rest), do: {:http, rest}
  def prefix("https://" <> rest), do: {:https, rest}
  def prefix(<<c, _::binary>>) when c in ?0..?9, do: :digit
  def prefix(_), do: :unknown
  def nested(x) do
    case x do
      {:ok, v} ->
        cond do
          v > 10 -> :big
          v > 0 ->
            with true <- rem(v, 2) == 0 do
              :small_even
            else
              false -> :small_odd
            end
          true -> :nonpos
        end
      _ -> :error
    end
  end
  def try_val(f) do
    try do
      f.()
    rescue
      ArgumentError -> :arg
    else
      :special -> :was_special
      other -> {:ok, other}
    after
      :ignored
    end
  end
  def guards(x) when is_list(x) and length(x) > 2, do: :long
  def guards(x) when is_list(x) and x != [], do: :short
  def guards(x) when is_integer(x) and x in [1, 2, 3], do: :small
  def guards(x) when is_integer(x) and x not in 4..6, do: :not_mid
  def guards(x) when is_tuple(x) and elem(x, 0) in [:a, :b], do: :ab
  def guards(x) when is_float(x) or is_nil(x), do: :float_or_nil
  def guards(%{a: a}) when a > 1, do: :map_a
  def guards(x) when not is_atom(x), do: :not_atom
  def guards(_), do: :atom
  def bits(x) when is_bitstring(x) and bit_size(x) > 8 and byte_size(x) < 3, do: :mid_bits
  def bits(_), do: :no
  def hd_guard(l) when hd(l) == 1, do: :starts_1
  def hd_guard(_), do: :no
end
IO.inspect Enum.map([:a, "b", 1], &S.multi/1)
IO.inspect Enum.map(["http://x", "https://y", "9z", "", "q"], &S.prefix/1)
IO.inspect Enum.map([{:ok, 20}, {:ok, 4}, {:ok, 3}, {:ok, -1}, :bad], &S.nested/1)
IO.inspect Enum.map([fn -> 1 end, fn -> :special end, fn -> raise ArgumentError end], &S.try_val/1)
IO.inspect Enum.map([[1, 2, 3], [1], 2, 7, 5, {:a}, 1.0, nil, %{a: 2}, "s", :z], &S.guards/1)
IO.inspect Enum.map([<<1, 2::4>>, <<1>>, "abc"], &S.bits/1)
IO.inspect Enum.map([[1, 2], [], :x], &S.hd_guard/1)
f = fn
  x, y when x > y -> :gt
  x, x -> :eq
  _, _ -> :lt
end
IO.inspect {f.(2, 1), f.(1, 1), f.(1, 2)}
g = fn {a, b} = t -> {a + b, t} end
IO.inspect g.({1, 2})
[a, b | _] = [1, 2, 3, 4]
{c, [d | e]} = {5, [6, 7]}
%{k: %{n: n}} = %{k: %{n: 9}}
IO.inspect {a, b, c, d, e, n}
IO.inspect(case {1, 2} do
  {x, y} when x + y > 2 and y > x -> :yes
  _ -> :no
end)
v = 3
IO.inspect(case [3, 4] do
  [^v | rest] -> rest
end)
fun = &(&1 * &2)
IO.inspect fun.(3, 4)
IO.inspect Enum.reduce(1..3, fn x, acc -> x * acc end)
IO.inspect (fn x -> fn y -> x + y end end).(1).(2)
IO.inspect Enum.map(1..3, fn
  1 -> :one
  n -> n
end)
