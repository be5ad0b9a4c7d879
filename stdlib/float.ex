# Float: parsing, formatting and decimal rounding. Rounding to a precision
# works on the exact binary value of the float, as Elixir does, and goes
# back to the nearest float through its decimal text.
defmodule Float do
  def parse(<<"-", rest::binary>>) do
    case parse_unsigned(rest) do
      :error -> :error
      {f, rest} -> {-f, rest}
    end
  end

  def parse(<<"+", rest::binary>>), do: parse_unsigned(rest)
  def parse(binary), do: parse_unsigned(binary)

  defp parse_unsigned(<<digit, rest::binary>>) when digit in ?0..?9 do #@ 159
    {int, rest} = take_digits(rest, <<digit>>)
    {frac, rest} = fraction(rest)
    {exp, rest} = exponent(rest)

    try do
      {:erlang.binary_to_float(int <> "." <> frac <> exp), rest}
    rescue
      _ -> :error
    end
  end

  defp parse_unsigned(binary) when is_binary(binary), do: :error

  defp take_digits(<<d, rest::binary>>, acc) when d >= ?0 and d <= ?9, do: take_digits(rest, <<acc::binary, d>>)
  defp take_digits(rest, acc), do: {acc, rest}

  defp fraction(<<".", d, _::binary>> = b) when d >= ?0 and d <= ?9 do
    <<".", rest::binary>> = b
    take_digits(rest, "")
  end

  defp fraction(rest), do: {"0", rest}

  defp exponent(<<e, sign, d, _::binary>> = b) when (e == ?e or e == ?E) and (sign == ?+ or sign == ?-) and d >= ?0 and d <= ?9 do
    <<_, _, rest::binary>> = b
    {digits, rest} = take_digits(rest, "")
    {<<"e", sign>> <> digits, rest}
  end

  defp exponent(<<e, d, _::binary>> = b) when (e == ?e or e == ?E) and d >= ?0 and d <= ?9 do
    <<_, rest::binary>> = b
    {digits, rest} = take_digits(rest, "")
    {"e" <> digits, rest}
  end

  defp exponent(rest), do: {"", rest}

  def to_string(float) when is_float(float), do: :erlang.float_to_binary(float, [:short]) #@ 600

  # Deprecated in Elixir: options as :erlang.float_to_binary/2 takes them,
  # but with compact: true | false
  def to_string(float, options), do: :erlang.float_to_binary(float, expand_compact(options)) #@ 617

  defp expand_compact([{:compact, false} | t]), do: expand_compact(t) #@ 624
  defp expand_compact([{:compact, true} | t]), do: [:compact | expand_compact(t)] #@ 625
  defp expand_compact([h | t]), do: [h | expand_compact(t)] #@ 626
  defp expand_compact([]), do: []

  def to_charlist(float) when is_float(float), do: :erlang.binary_to_list(Float.to_string(float)) #@ 573

  def round(float, precision \\ 0)
  def round(float, 0) when is_float(float), do: :erlang.float(:erlang.round(float)) #@ 338

  def round(float, precision) when is_float(float) and precision in 0..15,
    do: round_to(float, precision, :half_up)

  def round(float, precision) when is_float(float) do
    raise invalid_precision(precision) #@ 347
  end

  def floor(number, precision \\ 0)
  def floor(number, 0) when is_float(number), do: :math.floor(number) #@ 231

  def floor(number, precision) when is_float(number) and precision in 0..15,
    do: round_to(number, precision, :floor)

  def floor(number, precision) when is_float(number) do
    raise invalid_precision(precision) #@ 240
  end

  def ceil(number, precision \\ 0)
  def ceil(number, 0) when is_float(number), do: :math.ceil(number) #@ 278

  def ceil(number, precision) when is_float(number) and precision in 0..15,
    do: round_to(number, precision, :ceil)

  def ceil(number, precision) when is_float(number) do
    raise invalid_precision(precision) #@ 287
  end

  # Raised from the function itself, where Elixir's frame is.
  defp invalid_precision(precision) do
    %ArgumentError{message: "precision #{precision} is out of valid range of #{Kernel.inspect(0..15)}"}
  end

  def pow(base, exponent) when is_float(base) and is_number(exponent), #@ 111
    do: :math.pow(base, exponent) #@ 112

  def max_finite, do: 1.7976931348623157e308
  def min_finite, do: -1.7976931348623157e308

  def ratio(0.0), do: {0, 1} #@ 498

  def ratio(float) when is_float(float) do
    {m, e} = exact(abs(float))
    m = if float < 0, do: -m, else: m
    if e >= 0, do: {m * pow2(e), 1}, else: {m, pow2(-e)}
  end

  defp round_to(float, precision, mode) do
    <<sign::1, _::63>> = <<float::float>>
    {m, e} = exact(abs(float))

    if m == 0 or e >= 0 or -e <= precision do
      float
    else
      count = -e
      t = div(m * Integer.pow(5, count), Integer.pow(10, count - precision - 1))
      d = div(t, 10)

      q =
        case mode do
          :half_up -> if rem(t, 10) >= 5, do: d + 1, else: d
          :floor -> if sign == 1, do: d + 1, else: d
          :ceil -> if sign == 0, do: d + 1, else: d
        end

      if q == 0, do: 0.0, else: decimal_to_float(sign, q, precision)
    end
  end

  defp decimal_to_float(sign, q, precision) do
    digits = :erlang.integer_to_binary(q)
    digits = String.duplicate("0", :erlang.max(precision + 1 - byte_size(digits), 0)) <> digits
    int_len = byte_size(digits) - precision
    <<int::binary-size(int_len), frac::binary>> = digits
    f = :erlang.binary_to_float(int <> "." <> frac)
    if sign == 1, do: -f, else: f
  end

  # The float as m * 2^e with m odd (or zero).
  defp exact(float) do
    <<_::1, exp::11, mant::52>> = <<float::float>>
    {m, e} = if exp == 0, do: {mant, -1074}, else: {mant + 4_503_599_627_370_496, exp - 1075}
    strip_twos(m, e)
  end

  defp strip_twos(0, _e), do: {0, 0}
  defp strip_twos(m, e) when rem(m, 2) == 0, do: strip_twos(div(m, 2), e + 1)
  defp strip_twos(m, e), do: {m, e}

  defp pow2(n), do: Integer.pow(2, n)

  # Deprecated in Elixir, kept for old code
  def to_char_list(float), do: Float.to_charlist(float)
end
