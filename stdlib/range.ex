# Range: %Range{first, last, step} exactly as in Elixir 1.14; enumeration
# lives in Enumerable.
defmodule Range do
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    %Range{first: first, last: last, step: if(first <= last, do: 1, else: -1)}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, " <>
            "got: #{Kernel.inspect(first)}..#{Kernel.inspect(last)}"
  end

  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %Range{first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{Kernel.inspect(first)}..#{Kernel.inspect(last)}//#{Kernel.inspect(step)}"
  end

  def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%Range{first: first, last: last, step: step}), do: abs(div(last - first, step)) + 1

  def shift(%Range{first: first, last: last, step: step}, n) when is_integer(n) do
    new(first + step * n, last + step * n, step)
  end

  def disjoint?(%Range{} = r1, %Range{} = r2) do
    s1 = MapSet.new(Enum.to_list(r1))
    not Enum.any?(r2, fn x -> MapSet.member?(s1, x) end)
  end

  def to_list(range), do: Enum.to_list(range)
end
