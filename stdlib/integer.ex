# Integer: parsing, digits and integer arithmetic helpers. Callers expand
# is_even/is_odd from the copies of these guards in compiler/compile.c.
defmodule Integer do
  defguard is_even(integer) when is_integer(integer) and :erlang.band(integer, 1) == 0
  defguard is_odd(integer) when is_integer(integer) and :erlang.band(integer, 1) == 1

  def to_string(n, base \\ 10), do: :erlang.integer_to_binary(n, base)
  def to_charlist(n, base \\ 10), do: :erlang.integer_to_list(n, base)

  def parse(binary, base \\ 10)

  def parse(_binary, base) when base not in 2..36 do #@ 275
    raise ArgumentError, "invalid base #{Kernel.inspect(base)}" #@ 276
  end

  def parse(binary, base) when is_binary(binary) do
    case count_digits(binary, base) do
      0 ->
        :error

      count ->
        <<digits::binary-size(count), rest::binary>> = binary
        {:erlang.binary_to_integer(digits, base), rest}
    end
  end

  defp count_digits(<<sign, rest::binary>>, base) when sign == ?+ or sign == ?- do
    case count_plain_digits(rest, base, 1) do
      1 -> 0
      n -> n
    end
  end

  defp count_digits(binary, base), do: count_plain_digits(binary, base, 0)

  defp count_plain_digits(<<c, rest::binary>>, base, n) do
    if digit_value(c) < base, do: count_plain_digits(rest, base, n + 1), else: n
  end

  defp count_plain_digits(_, _base, n), do: n

  defp digit_value(c) when c >= ?0 and c <= ?9, do: c - ?0
  defp digit_value(c) when c >= ?a and c <= ?z, do: c - ?a + 10
  defp digit_value(c) when c >= ?A and c <= ?Z, do: c - ?A + 10
  defp digit_value(_), do: 99

  def digits(integer, base \\ 10) when is_integer(integer) and is_integer(base) and base >= 2 do #@ 190
    do_digits(integer, base, [])
  end

  defp do_digits(n, base, acc) when abs(n) < base, do: [n | acc]
  defp do_digits(n, base, acc), do: do_digits(div(n, base), base, [rem(n, base) | acc])

  def undigits(digits, base \\ 10) when is_list(digits) and is_integer(base) and base >= 2 do #@ 219
    do_undigits(digits, base, 0)
  end

  defp do_undigits([], _base, acc), do: acc #@ 223

  defp do_undigits([digit | _], base, _) when is_integer(digit) and digit >= base do
    raise ArgumentError, "invalid digit #{digit} in base #{base}" #@ 226
  end

  defp do_undigits([digit | tail], base, acc) when is_integer(digit),
    do: do_undigits(tail, base, acc * base + digit)

  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do #@ 105
    if exponent < 0, do: :erlang.error(:badarith, [base, exponent]) #@ 106
    pow_loop(base, exponent, 1)
  end

  # Exponentiation by squaring.
  defp pow_loop(_b, 0, acc), do: acc
  defp pow_loop(b, e, acc) when rem(e, 2) == 1, do: pow_loop(b * b, div(e, 2), acc * b)
  defp pow_loop(b, e, acc), do: pow_loop(b * b, div(e, 2), acc)

  def mod(dividend, divisor) do
    r = rem(dividend, divisor) #@ 130
    if r * divisor < 0, do: r + divisor, else: r
  end

  def floor_div(dividend, divisor) do
    if (dividend * divisor < 0) and rem(dividend, divisor) != 0, #@ 164
      do: div(dividend, divisor) - 1,
      else: div(dividend, divisor) #@ 167
  end

  def gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2), #@ 422
    do: gcd_positive(abs(integer1), abs(integer2))

  defp gcd_positive(0, b), do: b
  defp gcd_positive(a, 0), do: a
  defp gcd_positive(a, b), do: gcd_positive(b, rem(a, b))

  def extended_gcd(0, 0), do: {0, 0, 0} #@ 464
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}

  def extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2),
    do: egcd(integer2, integer1, 0, 1, 1, 0)

  defp egcd(r1, r0, s1, s0, t1, t0) do
    div = div(r0, r1)

    case r0 - div * r1 do
      0 -> if r1 > 0, do: {r1, s1, t1}, else: {-r1, -s1, -t1}
      r2 -> egcd(r2, r1, s0 - div * s1, s1, t0 - div * t1, t1)
    end
  end

  # Deprecated in Elixir, kept for old code
  def to_char_list(integer), do: :erlang.integer_to_list(integer) #@ 484
  def to_char_list(integer, base), do: :erlang.integer_to_list(integer, base) #@ 488
end
