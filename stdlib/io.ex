# IO: writing to the standard devices through the :vial.put_chars native
# (devices are :stdio and :stderr; :standard_error is an alias of :stderr),
# and reading through Erlang's io requests, as Elixir does.
defmodule IO do
  # Elixir inlines its conversion of an item to chardata into the callers:
  # a failing String.Chars call shows the caller's frame at that line, 767.
  def puts(device \\ :stdio, item) when is_atom(device) or is_pid(device) do #@ 293
    :vial.put_chars(device(device), [to_chardata(item), ?\n]) #@ 767
  end

  def write(device \\ :stdio, chardata) do
    :vial.put_chars(device(device), to_chardata(chardata)) #@ 767
  end

  def binwrite(device \\ :stdio, iodata) when is_list(iodata) or is_binary(iodata), #@ 272
    do: :vial.put_bytes(device(device), iodata)

  def inspect(item, opts \\ []), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) when (is_atom(device) or is_pid(device)) and is_list(opts) do #@ 462
    {label, opts} = Keyword.pop(opts, :label)
    # IO.inspect always breaks lines at the width, whatever :pretty says
    opts = Keyword.put(opts, :pretty, true)
    prefix = if label, do: [to_chardata(label), ": "], else: [] #@ 767
    :vial.put_chars(device(device), [prefix, :vial.inspect(item, opts), ?\n]) #@ 467
    item
  end

  # Elixir prints the caller's stacktrace after the message; vial prints
  # the given one, so warn/1 shows only the message.
  def warn(message, stacktrace \\ []) do
    trace = Enum.map(stacktrace, fn e -> ["  ", Exception.format_stacktrace_entry(e), ?\n] end)
    :vial.put_chars(:stderr, ["warning: ", to_chardata(message), ?\n, trace, ?\n])
    :ok
  end

  # ---- reading
  # Every read is an io request to the device's server (stdlib/erlang_io.ex):
  # characters for read, gets and getn, Latin-1 bytes for binread (as
  # Erlang's :file.read on a device asks). At the end of input a read gives
  # :eof; a failed one {:error, reason}.

  def read(device \\ :stdio, line_or_chars)

  # :all is :eof where nothing is left: empty data, in the form the device
  # hands out (a charlist when it is not in binary mode).
  def read(device, :all) do #@ 149
    device = io_device(device)

    case read_to_end(device, ~c"") do
      :eof -> nothing_read(device)
      data_or_error -> data_or_error
    end
  end

  def read(device, :eof), do: read_to_end(io_device(device), ~c"")
  def read(device, :line), do: :io.get_line(io_device(device), ~c"")
  def read(device, count) when is_integer(count) and count >= 0, do: :io.get_chars(io_device(device), ~c"", count)

  defp nothing_read(device) do
    case :io.getopts(device) do
      [_ | _] = opts -> if Keyword.get(opts, :binary, true), do: "", else: ~c""
      _ -> ""
    end
  end

  # Line after line until the end; the prompt shows before the first.
  defp read_to_end(device, prompt, pieces \\ []) do
    case :io.get_line(device, prompt) do
      :eof when pieces == [] -> :eof
      :eof -> join_pieces(:lists.reverse(pieces))
      {:error, _} = error -> error
      piece -> read_to_end(device, ~c"", [piece | pieces])
    end
  end

  defp join_pieces([first | _] = pieces) when is_binary(first), do: :erlang.iolist_to_binary(pieces)
  defp join_pieces(pieces), do: :lists.flatten(pieces)

  def binread(device \\ :stdio, line_or_chars)

  def binread(device, :all) do #@ 204
    case binread(device, :eof) do
      :eof -> ""
      data_or_error -> data_or_error
    end
  end

  def binread(device, :eof), do: binread_to_end(io_device(device), [])
  def binread(device, :line), do: without_ok(:file.read_line(io_device(device)))
  def binread(device, count) when is_integer(count) and count >= 0, do: without_ok(:file.read(io_device(device), count))

  defp without_ok({:ok, data}), do: data
  defp without_ok(eof_or_error), do: eof_or_error

  # 4 KiB at a time, as Elixir asks for them.
  defp binread_to_end(device, chunks) do
    case :file.read(device, 4096) do
      {:ok, chunk} -> binread_to_end(device, [chunks | chunk])
      :eof when chunks == [] -> :eof
      :eof -> :erlang.iolist_to_binary(chunks)
      {:error, _} = error -> error
    end
  end

  def gets(device \\ :stdio, prompt), do: :io.get_line(io_device(device), to_chardata(prompt)) #@ 767

  # getn(prompt), getn(prompt, count), getn(device, prompt): a second
  # argument that is a count (or :eof) makes the first the prompt.
  def getn(prompt, count \\ 1)

  def getn(prompt, :eof), do: getn(:stdio, prompt, :eof) #@ 487
  def getn(prompt, count) when is_integer(count) and count > 0, do: getn(:stdio, prompt, count)
  def getn(device, prompt) when not is_integer(prompt), do: getn(device, prompt, 1)

  def getn(device, prompt, :eof) do #@ 518
    read_to_end(io_device(device), to_chardata(prompt)) #@ 767
  end

  def getn(device, prompt, count) when is_integer(count) and count > 0 do
    :io.get_chars(io_device(device), to_chardata(prompt), count) #@ 767
  end

  # A stream reads the device a line or a count of characters (bytes for
  # binstream) at a time as it is enumerated: Enumerable.IO.Stream below.
  def stream, do: stream(:stdio, :line)

  def stream(device \\ :stdio, line_or_codepoints) #@ 603
      when line_or_codepoints == :line
      when is_integer(line_or_codepoints) and line_or_codepoints > 0 do
    %IO.Stream{device: io_device(device), raw: false, line_or_bytes: line_or_codepoints}
  end

  def binstream, do: binstream(:stdio, :line)

  def binstream(device \\ :stdio, line_or_bytes) #@ 640
      when line_or_bytes == :line
      when is_integer(line_or_bytes) and line_or_bytes > 0 do
    %IO.Stream{device: io_device(device), raw: true, line_or_bytes: line_or_bytes}
  end

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata) #@ 709
  def iodata_length(iodata), do: :erlang.iolist_size(iodata) #@ 728

  def chardata_to_string(string) when is_binary(string), do: string #@ 670
  def chardata_to_string(list) when is_list(list), do: List.to_string(list)

  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(other), do: String.Chars.to_string(other)

  defp device(:standard_error), do: :stderr
  defp device(:standard_io), do: :stdio
  defp device(other), do: other

  # The name io requests go to. Any other term fails as a case clause on
  # {device}, which is how Elixir's own lookup fails.
  defp io_device(:stdio), do: :standard_io
  defp io_device(:stderr), do: :standard_error
  defp io_device(device) when is_atom(device) or is_pid(device) or is_tuple(device), do: device
  defp io_device(device), do: :erlang.error({:case_clause, {device}})
end

defmodule IO.Stream do
  defstruct device: nil, raw: true, line_or_bytes: :line
end

defmodule Enumerable.IO.Stream do
  # The reducer protocol, driven by hand: one read per element.
  def reduce(%IO.Stream{device: device, raw: raw, line_or_bytes: what}, acc, fun) do
    read = if raw, do: &IO.binread(device, &1), else: &IO.read(device, &1)
    next(read, what, acc, fun)
  end

  defp next(_read, _what, {:halt, acc}, _fun), do: {:halted, acc}
  defp next(read, what, {:suspend, acc}, fun), do: {:suspended, acc, &next(read, what, &1, fun)}

  defp next(read, what, {:cont, acc}, fun) do
    case read.(what) do
      :eof -> {:done, acc}
      {:error, reason} -> raise IO.StreamError, reason: reason
      data -> next(read, what, fun.(data, acc), fun)
    end
  end

  def count(%IO.Stream{}), do: {:error, __MODULE__}
  def member?(%IO.Stream{}, _value), do: {:error, __MODULE__}
end

# Collecting into an IO.Stream writes each element to its device: bytes
# (IO.binwrite) for a binstream, characters (IO.write) otherwise.
defmodule Collectable.IO.Stream do
  def into(%IO.Stream{device: device, raw: raw} = stream) do
    write = if raw, do: &IO.binwrite/2, else: &IO.write/2

    collect = fn
      :ok, {:cont, element} -> write.(device, element)
      :ok, :done -> stream
      :ok, :halt -> :ok
    end

    {:ok, collect}
  end
end

defmodule IO.StreamError do
  defexception [:reason, :message]

  def exception(opts) do
    reason = Keyword.get(opts, :reason)
    %IO.StreamError{reason: reason, message: "error during streaming: " <> IO.iodata_to_binary(:file.format_error(reason))}
  end
end
