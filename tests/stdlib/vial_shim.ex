# Stand-in for vial's C natives (the :vial module, see stdlib/BIFS.md), written
# with Elixir's own library so that stdlib/*.ex can be checked on real Elixir.
# Used only by tests/stdlib/run.sh; never part of vial.
defmodule :vial do
  def inspect(term, opts), do: Kernel.inspect(term, opts)
  def put_chars(:stdio, data), do: IO.write(:stdio, data)
  def put_chars(:stderr, data), do: IO.write(:stderr, data)
  def string_upcase(s), do: String.upcase(s)
  def string_downcase(s), do: String.downcase(s)
  def graphemes(s), do: String.graphemes(s)
  def next_grapheme(s), do: String.next_grapheme(s)
  def grapheme_count(s), do: String.length(s)
  def argv, do: System.argv()
end
