# The functions of Erlang's :io and :io_lib that Elixir code calls beside
# the natives (vm/bif_format.c, vm/bif_io.c), which the VM loads first.
defmodule :io_lib do
  def fwrite(format, args), do: :io_lib.format(format, args)
  def write(term), do: :io_lib.format(~c"~w", [term])
  def print(term), do: :io_lib.format(~c"~p", [term])
  def write_atom(atom) when is_atom(atom), do: :lists.flatten(:io_lib.format(~c"~w", [atom]))

  def char_list([c | cs]) when is_integer(c) and c >= 0 and c < 0xD800, do: char_list(cs)
  def char_list([c | cs]) when is_integer(c) and c > 0xDFFF and c < 0xFFFE, do: char_list(cs)
  def char_list([c | cs]) when is_integer(c) and c > 0xFFFF and c <= 0x10FFFF, do: char_list(cs)
  def char_list([]), do: true
  def char_list(_), do: false

  # io's printable range is Latin-1 unless the VM is started otherwise.
  def printable_list(list), do: printable_latin1_list(list)

  def printable_latin1_list([c | cs]) when is_integer(c) and c >= 32 and c <= 126, do: printable_latin1_list(cs)
  def printable_latin1_list([c | cs]) when is_integer(c) and c >= 160 and c <= 255, do: printable_latin1_list(cs)
  def printable_latin1_list([c | cs]) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e], do: printable_latin1_list(cs)
  def printable_latin1_list([]), do: true
  def printable_latin1_list(_), do: false

  def printable_unicode_list([c | cs]) when is_integer(c) and c >= 32 and c <= 126, do: printable_unicode_list(cs)
  def printable_unicode_list([c | cs]) when is_integer(c) and c >= 160 and c < 0xD800, do: printable_unicode_list(cs)
  def printable_unicode_list([c | cs]) when is_integer(c) and c > 0xDFFF and c < 0xFFFE, do: printable_unicode_list(cs)
  def printable_unicode_list([c | cs]) when is_integer(c) and c > 0xFFFF and c <= 0x10FFFF, do: printable_unicode_list(cs)
  def printable_unicode_list([c | cs]) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e], do: printable_unicode_list(cs)
  def printable_unicode_list([]), do: true
  def printable_unicode_list(_), do: false
end

defmodule :io do
  def write(term), do: :io.format(~c"~w", [term])
  def write(device, term), do: :io.format(device, ~c"~w", [term])
end
