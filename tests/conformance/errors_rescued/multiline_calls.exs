# A call written over several lines fails at the line where it starts (for a pipe, the line of its own |> step), whatever lines its arguments take
defmodule P do
  def a(x) do
    Map.fetch!(
      x,
      :k
    )
  end
  def b(x) do
    x
    |> Enum.map(fn y -> y * 2 end)
    |> Enum.sum()
    |> Integer.to_string(
      99
    )
  end
  def c(f) do
    f.(
      1,
      2
    )
  end

  def k(list) do
    list
    |> Enum.to_list()
    |> :maps.from_list()
  end
  def d(x) do
    [
      hd(x),
      2
    ]
  end
  def e(x) do
    %{
      x
      | a: 1
    }
  end
  def g(m) do
    apply(
      m,
      :nope,
      []
    )
  end
  def h(x) do
    String.upcase(
      x
    ) <> "!"
  end
end
for f <- [fn -> P.a(%{}) end, fn -> P.b([1]) end, fn -> P.c(fn a, b -> a / b end) end, fn -> P.k([1]) end, fn -> Map.new([1, 2]) end, fn -> Map.new(MapSet.new([1])) end, fn -> P.d(:x) end, fn -> P.e(%{}) end, fn -> P.g(P) end, fn -> P.h(1) end] do
  try do f.() rescue e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 2))) end
end
