# A bodiless function head declares defaults for multiple clauses.
defmodule Fmt do
  def pad(value, width \\ 5)
  def pad(value, width) when is_integer(value), do: pad(Integer.to_string(value), width)
  def pad(value, width) when is_binary(value), do: String.pad_leading(value, width, "0")
end

IO.puts(Fmt.pad(42))
IO.puts(Fmt.pad("7", 3))
IO.puts(Fmt.pad(123456, 2))
