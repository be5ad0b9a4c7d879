# String.Chars without protocols: to_string/1 (what interpolation and
# Kernel.to_string call) dispatches on the built-in types Elixir implements.
defmodule String.Chars do
  def to_string(term) when is_binary(term), do: term
  def to_string(nil), do: ""
  def to_string(term) when is_atom(term), do: :erlang.atom_to_binary(term, :utf8)
  def to_string(term) when is_integer(term), do: :erlang.integer_to_binary(term)
  def to_string(term) when is_float(term), do: :erlang.float_to_binary(term, [:short])
  def to_string(term) when is_list(term), do: List.to_string(term)

  def to_string(term) when is_bitstring(term), do: String.Chars.BitString.to_string(term)
  def to_string(term), do: impl_for!(term).to_string(term) #@ 22

  # Elixir's dispatch: the implementation for the value, here only ever a
  # failure, which Elixir's frames show at line 3 of the protocol's file.
  def impl_for!(term), do: raise(Protocol.UndefinedError, protocol: String.Chars, value: term) #@ 3
end

defmodule String.Chars.BitString do
  def to_string(term) do
    raise Protocol.UndefinedError, #@ 41
      protocol: String.Chars,
      value: term,
      description: "cannot convert a bitstring to a string"
  end
end

# List.Chars without protocols: what Kernel.to_charlist/1 calls.
defmodule List.Chars do
  def to_charlist(term) when is_list(term), do: term
  def to_charlist(nil), do: []
  def to_charlist(term) when is_atom(term), do: :erlang.atom_to_list(term)
  def to_charlist(term) when is_integer(term), do: :erlang.integer_to_list(term)
  def to_charlist(term) when is_float(term), do: :erlang.binary_to_list(:erlang.float_to_binary(term, [:short]))
  def to_charlist(term) when is_binary(term), do: String.to_charlist(term)

  def to_charlist(term) when is_bitstring(term) do
    raise Protocol.UndefinedError,
      protocol: List.Chars,
      value: term,
      description: "cannot convert a bitstring to a charlist"
  end

  def to_charlist(term), do: impl_for!(term).to_charlist(term) #@ 17

  def impl_for!(term), do: raise(Protocol.UndefinedError, protocol: List.Chars, value: term) #@ 1
end
