# Sigils with constant text in patterns (function heads, case, match): ~s, ~S, ~c, ~C, ~w with its modifiers, escapes and UTF-8
defmodule Sig do
  def s(~s"abc"), do: :s
  def s(~S"a\n"), do: :big_s
  def s(~c"xy"), do: :c
  def s(~C"z\t"), do: :big_c
  def s(~c"é"), do: :c_utf8
  def s(~w(a b)), do: :w
  def s(~w(a b)a), do: :wa
  def s(~w(a b)c), do: :wc
  def s(~s""), do: :empty
  def s(~s"a\tb"), do: :escaped
  def s(_), do: :none
end

IO.inspect(Enum.map(["abc", "a\\n", ~c"xy", ~c"z\\t", [233], ["a", "b"], [:a, :b], [~c"a", ~c"b"], "", "a\tb", "zz"], &Sig.s/1))

case "q" do
  ~s(q) -> IO.puts("case ok")
end

~w(x y) = ["x", "y"]
IO.puts("match ok")
