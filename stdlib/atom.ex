# Atom: conversions of atoms to text.
defmodule Atom do
  def to_string(atom) when is_atom(atom), do: :erlang.atom_to_binary(atom, :utf8)
  def to_charlist(atom) when is_atom(atom), do: :erlang.atom_to_list(atom)

  # Deprecated in Elixir, kept for old code
  def to_char_list(atom), do: :erlang.atom_to_list(atom)
end
