# Stand-in for vial's C natives (the :vial module, see stdlib/BIFS.md), written
# with Elixir's own library so that stdlib/*.ex can be checked on real Elixir.
# Used only by tests/stdlib/run.sh; never part of vial.
defmodule :vial do
  def inspect(term, opts), do: Kernel.inspect(term, opts)
  def put_chars(:stdio, data), do: IO.write(:stdio, data)
  def put_chars(:stderr, data), do: IO.write(:stderr, data)
  def string_upcase(s, mode), do: String.upcase(s, mode)
  def string_downcase(s, mode), do: String.downcase(s, mode)
  def string_capitalize(s, mode), do: String.capitalize(s, mode)
  def string_reverse(s), do: String.reverse(s)
  def string_slice(s, start, len), do: String.slice(s, start, len)
  def string_trim(s, :leading), do: String.trim_leading(s)
  def string_trim(s, :trailing), do: String.trim_trailing(s)
  def string_trim(s, :both), do: String.trim(s)
  def string_split_ws(s), do: String.split(s)
  def string_valid(s), do: String.valid?(s)
  def to_string(term), do: Kernel.to_string(term)
  def graphemes(s), do: String.graphemes(s)
  def next_grapheme(s), do: String.next_grapheme(s)
  def grapheme_count(s), do: String.length(s)
  def argv, do: System.argv()
end
