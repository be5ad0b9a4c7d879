# IO: writing to the standard devices through the :vial.put_chars native.
# Devices are :stdio and :stderr (:standard_error is an alias of :stderr).
defmodule IO do
  def puts(device \\ :stdio, item), do: :vial.put_chars(device(device), [to_chardata(item), ?\n])
  def write(device \\ :stdio, item), do: :vial.put_chars(device(device), to_chardata(item))
  def binwrite(device \\ :stdio, iodata) when is_list(iodata) or is_binary(iodata),
    do: :vial.put_bytes(device(device), iodata)

  def inspect(item, opts \\ []), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) when is_list(opts) do
    {label, opts} = Keyword.pop(opts, :label)
    # IO.inspect always breaks lines at the width, whatever :pretty says
    opts = Keyword.put(opts, :pretty, true)
    prefix = if label, do: [to_chardata(label), ": "], else: []
    :vial.put_chars(device(device), [prefix, :vial.inspect(item, opts), ?\n])
    item
  end

  # Elixir prints the caller's stacktrace after the message; vial prints
  # the given one, so warn/1 shows only the message.
  def warn(message, stacktrace \\ []) do
    trace = Enum.map(stacktrace, fn e -> ["  ", Exception.format_stacktrace_entry(e), ?\n] end)
    :vial.put_chars(:stderr, ["warning: ", to_chardata(message), ?\n, trace, ?\n])
    :ok
  end

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)
  def iodata_length(iodata), do: :erlang.iolist_size(iodata)

  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: :vial.to_string(list)

  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(other), do: String.Chars.to_string(other)

  defp device(:standard_error), do: :stderr
  defp device(:standard_io), do: :stdio
  defp device(other), do: other
end
