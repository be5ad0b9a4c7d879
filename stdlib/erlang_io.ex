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

  # ---- input, through Erlang's io protocol (requests and replies as its
  # documentation describes them). Standard input is answered here by the
  # :vial.read_stdin native; standard error takes no input requests; any
  # other device is a process, or the name of one, that gets
  # {:io_request, from, ref, request} and replies {:io_reply, ref, reply}.

  def get_line(prompt), do: get_line(:standard_io, prompt)
  def get_line(device, prompt), do: request(device, {:get_line, :unicode, prompt})
  def get_chars(prompt, count), do: get_chars(:standard_io, prompt, count)
  def get_chars(device, prompt, count), do: request(device, {:get_chars, :unicode, prompt, count})

  def getopts, do: getopts(:standard_io)

  def getopts(device) do
    case device do
      :standard_io -> [binary: true, encoding: :unicode]
      :user -> [binary: true, encoding: :unicode]
      :standard_error -> [encoding: :unicode]
      _process -> request(device, :getopts)
    end
  end

  def request(device, request) when is_atom(device) or is_pid(device) do
    case device do
      :standard_io -> from_stdin(request)
      :user -> from_stdin(request)
      :standard_error -> {:error, {:request, request}}
      name when is_atom(name) -> ask(:erlang.whereis(name), request)
      pid -> ask(pid, request)
    end
  end

  defp ask(:undefined, _request), do: {:error, :arguments}

  # A server that dies before it replies has terminated the request.
  defp ask(server, request) do
    ref = :erlang.monitor(:process, server)
    send(server, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, :process, _, _} ->
        {:error, :terminated}
    end
  end

  # Requests without an encoding are the old Latin-1 ones.
  defp from_stdin({:get_line, prompt}), do: from_stdin({:get_line, :latin1, prompt})
  defp from_stdin({:get_chars, prompt, count}), do: from_stdin({:get_chars, :latin1, prompt, count})

  defp from_stdin({:get_line, encoding, prompt}) do
    show_prompt(prompt)
    :vial.read_stdin(:line, stdin_encoding(encoding))
  end

  defp from_stdin({:get_chars, encoding, prompt, count}) when is_integer(count) and count >= 0 do
    show_prompt(prompt)
    :vial.read_stdin(count, stdin_encoding(encoding))
  end

  defp from_stdin(request), do: {:error, {:request, request}}

  defp stdin_encoding(:latin1), do: :latin1
  defp stdin_encoding(_unicode), do: :unicode

  # A prompt shows as text: chardata (a binary that is not UTF-8 as
  # Latin-1) and atoms as they read, {:format, format, args} formatted,
  # any other term as ~p would print it.
  defp show_prompt(prompt), do: :vial.put_chars(:stdio, prompt_text(prompt))

  defp prompt_text({:format, format, args}), do: :io_lib.format(format, args)
  defp prompt_text(atom) when is_atom(atom), do: :erlang.atom_to_binary(atom)

  defp prompt_text(chars) when is_binary(chars) or is_list(chars) do
    case :unicode.characters_to_binary(chars) do
      text when is_binary(text) -> text
      _ when is_binary(chars) -> :unicode.characters_to_binary(chars, :latin1)
      _ -> :io_lib.format(~c"~p", [chars])
    end
  end

  defp prompt_text(other), do: :io_lib.format(~c"~p", [other])
end
