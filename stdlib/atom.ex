# Atom: conversions of atoms to text.
defmodule Atom do
  def to_string(atom), do: :erlang.atom_to_binary(atom)
  def to_charlist(atom), do: :erlang.atom_to_list(atom) #@ 75

  # Deprecated in Elixir, kept for old code
  def to_char_list(atom), do: :erlang.atom_to_list(atom) #@ 81
end
