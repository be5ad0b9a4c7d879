# Erlang's :rand. A process that never seeded draws from the VM's own
# generator (:vial.rand_uniform, clock-seeded, as fast as a native call). A
# seeded process keeps {%{type: alg}, state} under :rand_seed in its
# dictionary, as Erlang does, and draws exactly Erlang's numbers: the
# xorshift116 generators exsss (the default) and exsplus, on 58-bit words,
# seeded through splitmix64.
defmodule :rand do
  @mask58 0x3FFFFFFFFFFFFFF
  @mask64 0xFFFFFFFFFFFFFFFF

  def seed(alg_or_state) do
    state = seed_s(alg_or_state)
    :erlang.put(:rand_seed, state)
    state
  end

  def seed(alg, seed) do
    state = seed_s(alg, seed)
    :erlang.put(:rand_seed, state)
    state
  end

  def seed_s({%{type: _}, _} = state), do: state
  def seed_s({alg, words}) when is_atom(alg), do: {mk_alg(alg), words}
  def seed_s(alg) when is_atom(alg), do: seed_s(alg, {:vial.rand_uniform(@mask58), :vial.rand_uniform(@mask58), :vial.rand_uniform(@mask58)})

  def seed_s(alg, seed) do
    case mk_alg(alg) do
      %{type: :exsss} = handler -> {handler, exsss_seed(seed)}
      %{type: :exsplus} = handler -> {handler, exsplus_seed(seed)}
    end
  end

  def export_seed do
    case :erlang.get(:rand_seed) do
      {%{type: type}, words} -> {type, words}
      _ -> :undefined
    end
  end

  def export_seed_s({%{type: type}, words}), do: {type, words}

  def uniform do
    case :erlang.get(:rand_seed) do
      {%{type: _}, _} = state -> store(uniform_s(state))
      _ -> :vial.rand_uniform()
    end
  end

  # A bad n fails in uniform_s/2, as in Erlang.
  def uniform(n) do
    case :erlang.get(:rand_seed) do
      {%{type: _}, _} = state -> store(uniform_s(n, state))
      _ when is_integer(n) and n >= 1 -> :vial.rand_uniform(n)
      _ -> uniform_s(n, nil)
    end
  end

  # A float in [0.0, 1.0): the top 53 bits of a word.
  def uniform_s({%{type: type} = handler, words}) do
    {v, words} = next(type, words)
    {:erlang.bsr(v, 5) * 1.1102230246251565e-16, {handler, words}}
  end

  # An integer in 1..n, rejecting the words that would bias the remainder.
  def uniform_s(n, {%{type: type} = handler, words}) when is_integer(n) and n >= 1 and n <= @mask58 + 1 do
    {v, words} = next(type, words)
    slack = @mask58 + 1 - n

    cond do
      v < n -> {v + 1, {handler, words}}
      v - rem(v, n) <= slack -> {rem(v, n) + 1, {handler, words}}
      true -> uniform_s(n, {handler, words})
    end
  end

  # Beyond 58 bits: enough words side by side, then the same rejection.
  def uniform_s(n, {%{type: type} = handler, words}) when is_integer(n) and n >= 1 do
    {v, bits, words} = wide_word(type, words, n, 0, 0)
    limit = :erlang.bsl(1, bits) - rem(:erlang.bsl(1, bits), n)
    if v < limit, do: {rem(v, n) + 1, {handler, words}}, else: uniform_s(n, {handler, words})
  end

  defp wide_word(_type, words, n, v, bits) when :erlang.bsl(1, bits) >= n * 2, do: {v, bits, words}

  defp wide_word(type, words, n, v, bits) do
    {w, words} = next(type, words)
    wide_word(type, words, n, :erlang.bor(:erlang.bsl(v, 58), w), bits + 58)
  end

  defp store({value, state}) do
    :erlang.put(:rand_seed, state)
    value
  end

  defp mk_alg(alg) when alg in [:exsss, :default], do: %{type: :exsss, bits: 58}
  defp mk_alg(:exsplus), do: %{type: :exsplus, bits: 58}

  defp exsss_seed(x) when is_integer(x), do: integer_seed(x)

  defp exsss_seed({a1, a2, a3}) do
    {_, x0} = seed58(:erlang.band(a1, @mask64))
    {s0, x1} = seed58(:erlang.bxor(:erlang.band(a2, @mask64), x0))
    {s1, _} = seed58(:erlang.bxor(:erlang.band(a3, @mask64), x1))
    [s0 | s1]
  end

  defp exsplus_seed(x) when is_integer(x), do: integer_seed(x)

  defp exsplus_seed({a1, a2, a3}) do
    {_, [_ | t]} = xorshift([:erlang.band(a1 * 4_294_967_197 + 1, @mask58) | :erlang.band(a2 * 4_294_967_231 + 1, @mask58)])
    {_, words} = xorshift([:erlang.band(a3 * 4_294_967_279 + 1, @mask58) | t])
    words
  end

  defp integer_seed(x) do
    [s0, s1] = splitmix_words(2, :erlang.band(x, @mask64))
    [s0 | s1]
  end

  defp splitmix_words(0, _x), do: []

  defp splitmix_words(n, x) do
    {z, x} = seed58(x)
    [z | splitmix_words(n - 1, x)]
  end

  # splitmix64, skipping the outputs whose low 58 bits are all zero.
  defp seed58(x) do
    x = :erlang.band(x + 0x9E3779B97F4A7C15, @mask64)
    z = :erlang.band(:erlang.bxor(x, :erlang.bsr(x, 30)) * 0xBF58476D1CE4E5B9, @mask64)
    z = :erlang.band(:erlang.bxor(z, :erlang.bsr(z, 27)) * 0x94D049BB133111EB, @mask64)

    case :erlang.band(:erlang.bxor(z, :erlang.bsr(z, 31)), @mask58) do
      0 -> seed58(x)
      z -> {z, x}
    end
  end

  defp next(:exsss, [_ | s0] = words) do
    {_, words} = xorshift(words)
    {starstar(s0), words}
  end

  defp next(:exsplus, words) do
    {[s0 | s1], words} = xorshift(words)
    {:erlang.band(s0 + s1, @mask58), words}
  end

  # One xorshift116+ step on [s1 | s0]; returns the words for the output
  # ([s0 | new_s1]) twice, as the state and for the scrambler.
  defp xorshift([s1 | s0]) do
    s1 = :erlang.bxor(s1, :erlang.band(:erlang.bsl(s1, 24), @mask58))
    new_s1 = s1 |> :erlang.bxor(s0) |> :erlang.bxor(:erlang.bsr(s1, 11)) |> :erlang.bxor(:erlang.bsr(s0, 41))
    {[s0 | new_s1], [s0 | new_s1]}
  end

  # ((s * 5) rotl 7) * 9, modulo 2^58
  defp starstar(s) do
    v = :erlang.band(s * 5, @mask58)
    v = :erlang.bor(:erlang.band(:erlang.bsl(v, 7), @mask58), :erlang.bsr(v, 51))
    :erlang.band(v * 9, @mask58)
  end
end
