# Appends to a binary until it holds 10 MB, then splits it on a separator.
defmodule StringBuild do
  def build(acc, 0), do: acc
  def build(acc, n), do: build(acc <> "item#{rem(n, 10)}-abc;", n - 1)
end

{us, {size, parts}} =
  :timer.tc(fn ->
    s = StringBuild.build("", 1_000_000)
    {byte_size(s), length(String.split(s, ";"))}
  end)

IO.puts("#{size} #{parts}")
IO.puts(:stderr, "time_us #{us}")
