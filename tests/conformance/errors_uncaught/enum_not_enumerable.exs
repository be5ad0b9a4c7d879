# Enumerating something that is not enumerable: Elixir's protocol dispatch frames.
defmodule Report do
  def count_items(items), do: Enum.count(items) + 1
end

IO.puts(Report.count_items([1, 2]))
IO.puts(Report.count_items(:none))
