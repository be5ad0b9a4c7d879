# Calling a deprecated function warns with Elixir's advice: in the script's
# own code as it compiles, in a module's functions once the script has run,
# after that module's undefined calls.
defmodule Legacy do
  def split(list), do: Enum.partition(list, &(&1 > 1))
  def pairs(list), do: Enum.chunk(list, 2)
  def also_pairs(list), do: Enum.chunk(list, 2)
  def missing, do: Legacy.Helpers.run()
  def name(atom), do: Atom.to_char_list(atom)
end

IO.inspect(Legacy.split([1, 2, 3]))
IO.inspect(Enum.partition([1, 2], &(&1 > 1)))
IO.inspect(Enum.filter_map([1, 2, 3], &(&1 > 1), &(&1 * 2)))
