# Range: %Range{first, last, step} exactly as in Elixir 1.14; enumeration
# lives in Enumerable.
defmodule Range do
  @enforce_keys [:first, :last, :step]
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    %Range{first: first, last: last, step: if(first <= last, do: 1, else: -1)}
  end

  def new(first, last) do
    raise ArgumentError, #@ 193
          "ranges (first..last) expect both sides to be integers, " <>
            "got: #{Kernel.inspect(first)}..#{Kernel.inspect(last)}"
  end

  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %Range{first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError, #@ 215
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{Kernel.inspect(first)}..#{Kernel.inspect(last)}//#{Kernel.inspect(step)}"
  end

  def size(first..last//step) when step > 0 and first > last, do: 0 #@ 248
  def size(first..last//step) when step < 0 and first < last, do: 0
  def size(first..last//step), do: abs(div(last - first, step)) + 1 #@ 250

  # A range made before Elixir 1.12 has no step.
  def size(%{__struct__: Range, first: first, last: last} = range) do
    step = if first <= last, do: 1, else: -1
    size(Map.put(range, :step, step))
  end

  def shift(first..last//step, steps_to_shift) #@ 272
      when is_integer(first) and is_integer(last) and is_integer(step) and is_integer(steps_to_shift) do
    new(first + steps_to_shift * step, last + steps_to_shift * step, step)
  end

  # Two non-empty ranges share an element when their spans overlap and some
  # x in the overlap is congruent to both starts (Chinese remainder theorem).
  def disjoint?(first1..last1//step1 = range1, first2..last2//step2 = range2) do #@ 318
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {lo1, hi1, s1} = ascending(first1, last1, step1)
      {lo2, hi2, s2} = ascending(first2, last2, step2)
      lo = max(lo1, lo2)
      hi = min(hi1, hi2)
      lo > hi or not common_point?(lo1, s1, lo2, s2, lo, hi)
    end
  end

  # The range's smallest and largest elements and its step, made positive.
  defp ascending(first, last, step) when step > 0, do: {first, last - rem(last - first, step), step}
  defp ascending(first, last, step), do: {last + rem(first - last, -step), first, -step}

  defp common_point?(a1, s1, a2, s2, lo, hi) do
    {g, u, _} = ext_gcd(s1, s2)

    if rem(a2 - a1, g) != 0 do
      false
    else
      lcm = div(s1, g) * s2
      x = a1 + s1 * u * div(a2 - a1, g)
      lo + Integer.mod(x - lo, lcm) <= hi
    end
  end

  # {g, u, v} with g = gcd(a, b) = a * u + b * v
  defp ext_gcd(a, 0), do: {a, 1, 0}

  defp ext_gcd(a, b) do
    {g, u, v} = ext_gcd(b, rem(a, b))
    {g, v, u - div(a, b) * v}
  end

  # Deprecated in Elixir, kept for old code
  def range?(term), do: is_struct(term, Range)
end
