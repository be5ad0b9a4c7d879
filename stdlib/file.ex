# File: files and directories over the :file natives (vm/bif_file.c),
# written from Elixir 1.14's documentation and from what it answers and
# raises. Functions return :ok, {:ok, value} or {:error, posix}; each bang
# form gives the value or raises File.Error naming what it was doing.
# Not here yet: open/close and io devices on files, links, copying,
# changing modes, owners and times (touch).
defmodule File do
  # Names may be chardata; errors and answers name them as strings.
  defp text(path), do: IO.chardata_to_string(path)

  # ---- contents

  def read(path), do: :file.read_file(text(path))
  def read!(path) do
    case read(path) do
      {:ok, binary} -> binary
      {:error, reason} -> raise File.Error, reason: reason, action: "read file", path: text(path) #@ 358
    end
  end

  def write(path, content, modes \\ []), do: :file.write_file(text(path), content, open_modes(modes, false))
  def write!(path, content, modes \\ []) do
    case write(path, content, modes) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "write to file", path: text(path) #@ 1104
    end
  end

  # Elixir's mode names in the forms Erlang's :file takes. A stream reads
  # binaries unless :charlist asks otherwise.
  defp open_modes(modes, stream?) when is_list(modes) do
    charlist? = Enum.any?(modes, &(&1 == :charlist or &1 == :char_list))
    erlang_modes = Enum.flat_map(modes, &erlang_mode/1)
    if stream? and not charlist?, do: erlang_modes ++ [:binary], else: erlang_modes
  end

  defp erlang_mode(:utf8), do: [{:encoding, :utf8}]
  defp erlang_mode(:read_ahead), do: [{:read_ahead, 65536}]
  defp erlang_mode(:charlist), do: []

  defp erlang_mode(:char_list) do
    IO.warn("the :char_list mode is deprecated, use :charlist")
    []
  end

  defp erlang_mode(mode), do: [mode]

  # ---- what is there

  # The times asked for do not matter here; posix ones cost the least.
  defp info(path, opts), do: :file.read_file_info(text(path), [{:time, :posix} | opts])

  def exists?(path, opts \\ []), do: match?({:ok, _}, info(path, opts))
  def regular?(path, opts \\ []), do: kind(path, opts) == :regular
  def dir?(path, opts \\ []), do: kind(path, opts) == :directory

  defp kind(path, opts) do
    case info(path, opts) do
      {:ok, record} -> elem(record, 2)
      {:error, _} -> nil
    end
  end

  def stat(path, opts \\ []), do: stat_with(&:file.read_file_info/2, path, opts)
  def lstat(path, opts \\ []), do: stat_with(&:file.read_link_info/2, path, opts)
  def stat!(path, opts \\ []) do
    case stat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> raise File.Error, reason: reason, action: "read file stats", path: text(path) #@ 408
    end
  end
  def lstat!(path, opts \\ []) do
    case lstat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> raise File.Error, reason: reason, action: "read file stats", path: text(path) #@ 461
    end
  end

  # Times are UTC datetimes unless :time says otherwise.
  defp stat_with(read_info, path, opts) do
    case read_info.(text(path), Keyword.put_new(opts, :time, :universal)) do
      {:ok, record} -> {:ok, File.Stat.from_record(record)}
      {:error, _} = error -> error
    end
  end

  # ---- directories

  def ls(path \\ ".") do
    case :file.list_dir(text(path)) do
      {:ok, names} -> {:ok, Enum.map(names, &IO.chardata_to_string/1)}
      {:error, _} = error -> error
    end
  end

  def ls!(path \\ ".") do
    case ls(path) do
      {:ok, files} -> files
      {:error, reason} -> raise File.Error, reason: reason, action: "list directory", path: text(path) #@ 1637
    end
  end

  def mkdir(path), do: :file.make_dir(text(path))
  def mkdir!(path) do
    case mkdir(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "make directory", path: text(path) #@ 255
    end
  end

  # Each missing ancestor is made first, outermost first. Only the last
  # step decides the answer: a failure on the way shows up there anyway
  # (a file in the way makes it :enotdir).
  def mkdir_p(path) do
    path = text(path)
    if dir?(path), do: :ok, else: make_chain(ancestors(path, []) ++ [path])
  end

  def mkdir_p!(path) do
    case mkdir_p(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "make directory (with -p)", path: text(path) #@ 319
    end
  end

  defp ancestors(path, found) do
    case Path.dirname(path) do
      ^path -> found
      parent -> ancestors(parent, [parent | found])
    end
  end

  defp make_chain([last]), do: make_if_missing(last)

  defp make_chain([dir | rest]) do
    _ = make_if_missing(dir)
    make_chain(rest)
  end

  defp make_if_missing(dir) do
    case :file.make_dir(dir) do
      {:error, :eexist} = error -> if dir?(dir), do: :ok, else: error
      result -> result
    end
  end

  def rmdir(path), do: :file.del_dir(text(path))
  def rmdir!(path) do
    case rmdir(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "remove directory", path: text(path) #@ 1220
    end
  end

  def rm(path), do: :file.delete(text(path))
  def rm!(path) do
    case rm(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "remove file", path: text(path) #@ 1182
    end
  end

  # Removes a file or a whole tree; {:ok, names removed} (a directory
  # before what it held) or {:error, reason, the name that failed}. What
  # is already gone is no error. A link is removed, never followed.
  def rm_rf(path) do
    path = text(path)

    if String.contains?(path, <<0>>) do
      raise ArgumentError, "cannot execute File.rm_rf/1 for path with null byte, got: #{inspect(path)}"
    end

    remove_tree(path, [])
  end

  def rm_rf!(path) do
    case rm_rf(path) do
      {:ok, removed} ->
        removed

      {:error, reason, _failed} ->
        raise File.Error, reason: reason, action: "remove files and directories recursively from", path: text(path)
    end
  end

  defp remove_tree(path, removed) do
    case :file.read_link_info(path) do
      {:ok, record} when elem(record, 2) == :directory -> remove_dir(path, removed)
      {:ok, _not_a_dir} -> removed_or_failed(:file.delete(path), path, removed)
      {:error, reason} when reason in [:enoent, :enotdir] -> {:ok, removed}
      {:error, reason} -> {:error, reason, path}
    end
  end

  # The entries go first; one that will not go leaves the directory
  # non-empty, and removing the directory reports that.
  defp remove_dir(path, removed) do
    case ls(path) do
      {:ok, names} ->
        removed =
          Enum.reduce(names, removed, fn name, so_far ->
            case remove_tree(Path.join(path, name), so_far) do
              {:ok, more} -> more
              {:error, _, _} -> so_far
            end
          end)

        removed_or_failed(:file.del_dir(path), path, removed)

      {:error, reason} when reason in [:enoent, :enotdir] ->
        {:ok, removed}

      {:error, reason} ->
        {:error, reason, path}
    end
  end

  defp removed_or_failed(:ok, path, removed), do: {:ok, [path | removed]}
  defp removed_or_failed({:error, :enoent}, _path, removed), do: {:ok, removed}
  defp removed_or_failed({:error, reason}, path, _removed), do: {:error, reason, path}

  def rename(source, destination), do: :file.rename(text(source), text(destination))

  def rename!(source, destination) do
    with {:error, reason} <- rename(source, destination) do
      raise File.RenameError, reason: reason, action: "rename", source: text(source), destination: text(destination) #@ 766
    end
  end

  # ---- the working directory

  def cwd do
    case :file.get_cwd() do
      {:ok, chars} -> {:ok, IO.chardata_to_string(chars)}
      {:error, _} = error -> error
    end
  end

  def cwd! do
    case cwd() do
      {:ok, dir} -> dir
      {:error, reason} -> raise File.Error, reason: reason, action: "get current working directory"
    end
  end

  def cd(path), do: :file.set_cwd(text(path))
  def cd!(path) do
    case cd(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "set current working directory to", path: text(path) #@ 1580
    end
  end

  # Runs function in path, and comes back to the directory it started in
  # however function ends.
  def cd!(path, function) do
    back_to = cwd!()
    cd!(path)

    try do
      function.()
    after
      cd!(back_to)
    end
  end

  # ---- streams

  # Without an :encoding the file is read as bytes, through Erlang's :raw
  # mode and with read-ahead unless {:read_ahead, false} turns it off.
  def stream!(path, modes \\ [], line_or_bytes \\ :line) do
    modes = open_modes(modes, true)
    encoded? = List.keymember?(modes, :encoding, 0)
    modes = if encoded?, do: modes, else: [:raw | with_read_ahead(modes)]
    %File.Stream{path: text(path), modes: modes, line_or_bytes: line_or_bytes, raw: not encoded?}
  end

  defp with_read_ahead(modes) do
    case List.keyfind(modes, :read_ahead, 0) do
      nil -> [:read_ahead | modes]
      {:read_ahead, false} -> List.keydelete(modes, :read_ahead, 0)
      {:read_ahead, _size} -> modes
    end
  end
end

defmodule File.Error do
  defexception [:reason, :path, action: ""]

  def message(%File.Error{action: action, reason: reason, path: path}) do
    "could not #{action} #{inspect(path)}: #{describe(action, reason)}"
  end

  # Linux says a directory that is not empty exists (see vm/bif_file.c).
  defp describe("remove directory", :eexist), do: "directory is not empty"
  defp describe(_action, reason), do: IO.iodata_to_binary(:file.format_error(reason))
end

defmodule File.RenameError do
  defexception [:reason, :source, :destination, on: "", action: ""]

  def message(%File.RenameError{} = error) do
    where = if error.on == "", do: "", else: ". #{error.on}"
    reason = IO.iodata_to_binary(:file.format_error(error.reason))
    "could not #{error.action} from #{inspect(error.source)} to #{inspect(error.destination)}#{where}: #{reason}"
  end
end

# File.stat/2's answer: the fields of Erlang's #file_info{} record, in the
# record's order.
defmodule File.Stat do
  @fields [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device, :minor_device, :inode, :uid,
           :gid]

  defstruct @fields

  def from_record(record) when is_tuple(record) and tuple_size(record) == 14 and elem(record, 0) == :file_info do
    [:file_info | values] = Tuple.to_list(record)
    struct(File.Stat, Enum.zip(@fields, values))
  end

  def to_record(%File.Stat{} = stat) do
    List.to_tuple([:file_info | Enum.map(@fields, &Map.fetch!(stat, &1))])
  end
end

# File.stream!/3's struct. Enumerating it reads the file a line, a count of
# bytes or (with an :encoding) a count of characters at a time; it is
# Enumerable.File.Stream and Collectable.File.Stream below that do the work.
defmodule File.Stream do
  defstruct path: nil, modes: [], line_or_bytes: :line, raw: true
end

# vial reads a stream's file a chunk at a time by offset (the
# :vial.file_read_at native), where Elixir holds it open; so no file stays
# open while a stream is suspended. The reader keeps the bytes not yet
# handed out and, with an :encoding, the text decoded from them as UTF-8.
defmodule Enumerable.File.Stream do
  @chunk 65536

  # The reducer protocol, driven by hand; the file is first read when the
  # first element is asked for.
  def reduce(%File.Stream{} = stream, acc, fun), do: next({:unread, stream}, stream.line_or_bytes, acc, fun)

  defp next(_reader, _what, {:halt, acc}, _fun), do: {:halted, acc}
  defp next(reader, what, {:suspend, acc}, fun), do: {:suspended, acc, &next(reader, what, &1, fun)}
  defp next({:unread, stream}, what, acc, fun), do: next(open(stream), what, acc, fun)

  defp next(reader, what, {:cont, acc}, fun) do
    case take(reader, what) do
      {:eof, _reader} -> {:done, acc}
      {data, reader} -> next(reader, what, fun.(handed_out(data, reader), acc), fun)
    end
  end

  # Elixir answers a count without reading elements: for lines, the number
  # of newlines in the file (a last line without one is not counted); for
  # bytes, whole and part chunks of the file's size, less the bytes of any
  # byte order mark when :trim_bom is on (so an odd count is possible).
  def count(%File.Stream{line_or_bytes: :line} = stream) do
    {:ok, count_newlines(new_reader(stream), 0)}
  end

  def count(%File.Stream{raw: true, path: path, line_or_bytes: size, modes: modes}) do
    case File.stat(path) do
      {:ok, %File.Stat{size: 0}} ->
        {:error, __MODULE__}

      {:ok, %File.Stat{size: bytes}} ->
        bom = if :trim_bom in modes, do: bom_size(first_bytes(path)), else: 0
        {:ok, div(bytes + size - 1, size) - bom}

      {:error, reason} ->
        raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def count(%File.Stream{}), do: {:error, __MODULE__}

  def member?(%File.Stream{}, _value), do: {:error, __MODULE__}

  # ---- the reader

  defp new_reader(%File.Stream{path: path, modes: modes}) do
    %{
      path: path,
      offset: 0,
      bytes: "",
      text: "",
      at_end: false,
      broken: false,
      encoding: encoding(modes),
      lists: :binary not in modes
    }
  end

  defp encoding(modes) do
    case List.keyfind(modes, :encoding, 0) do
      nil -> nil
      {:encoding, :unicode} -> :utf8
      {:encoding, encoding} -> encoding
    end
  end

  defp open(%File.Stream{modes: modes} = stream) do
    reader = fill(new_reader(stream))
    if :trim_bom in modes and not reader.lists, do: drop_bom(reader), else: reader
  end

  # Reads the next chunk; with an :encoding, decodes as much as it can.
  # A part of a character cut off by the chunk's end waits for the next.
  defp fill(%{at_end: true} = reader), do: reader

  defp fill(reader) do
    case :vial.file_read_at(reader.path, reader.offset, @chunk) do
      {:ok, data} -> decode(%{reader | offset: reader.offset + byte_size(data), bytes: reader.bytes <> data})
      :eof -> decode(%{reader | at_end: true})
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: reader.path
    end
  end

  defp decode(%{encoding: nil} = reader), do: reader
  defp decode(%{broken: true} = reader), do: reader

  defp decode(%{at_end: at_end} = reader) do
    case :unicode.characters_to_binary(reader.bytes, reader.encoding, :utf8) do
      text when is_binary(text) ->
        %{reader | text: reader.text <> text, bytes: ""}

      {:incomplete, text, rest} when not at_end ->
        %{reader | text: reader.text <> text, bytes: rest}

      {_error_or_incomplete, text, rest} ->
        %{reader | text: reader.text <> text, bytes: rest, broken: true}
    end
  end

  # Bytes as they are, or the decoded text.
  defp pending(%{encoding: nil, bytes: bytes}), do: bytes
  defp pending(%{text: text}), do: text

  defp keep(%{encoding: nil} = reader, rest), do: %{reader | bytes: rest}
  defp keep(reader, rest), do: %{reader | text: rest}

  defp more?(reader), do: not reader.at_end and not reader.broken

  # A byte order mark: its bytes for a byte stream (UTF-8, UTF-16 or
  # UTF-32 big-endian; little-endian UTF-32 reads as UTF-16), the
  # character U+FEFF for a decoded one.
  defp drop_bom(%{encoding: nil, bytes: bytes} = reader) do
    size = bom_size(bytes)
    %{reader | bytes: binary_part(bytes, size, byte_size(bytes) - size)}
  end

  defp drop_bom(%{text: <<0xFEFF::utf8, rest::binary>>} = reader), do: %{reader | text: rest}
  defp drop_bom(reader), do: reader

  defp bom_size(<<0xEF, 0xBB, 0xBF, _::binary>>), do: 3
  defp bom_size(<<0, 0, 0xFE, 0xFF, _::binary>>), do: 4
  defp bom_size(<<0xFE, 0xFF, _::binary>>), do: 2
  defp bom_size(<<0xFF, 0xFE, _::binary>>), do: 2
  defp bom_size(_bytes), do: 0

  defp first_bytes(path) do
    case :vial.file_read_at(path, 0, 4) do
      {:ok, bytes} -> bytes
      _ -> ""
    end
  end

  # ---- one element at a time

  defp handed_out(data, %{lists: false}), do: data
  defp handed_out(data, %{encoding: nil}), do: :binary.bin_to_list(data)
  defp handed_out(data, _reader), do: :unicode.characters_to_list(data)

  # A line ends after "\n"; one ending in "\r\n" is given with "\n" alone.
  defp take(reader, :line), do: take_line(reader, 0)

  defp take(%{encoding: nil} = reader, size) do
    cond do
      byte_size(reader.bytes) >= size ->
        {piece, rest} = :erlang.split_binary(reader.bytes, size)
        {piece, %{reader | bytes: rest}}

      more?(reader) ->
        take(fill(reader), size)

      true ->
        last_piece(reader)
    end
  end

  # Characters: Erlang decodes what it has read ahead as a whole, so bad
  # data anywhere in it fails the read.
  defp take(reader, count) do
    if reader.broken, do: stream_error(:invalid_unicode)

    case chars_size(reader.text, count, 0) do
      {:ok, size} ->
        {piece, rest} = :erlang.split_binary(reader.text, size)
        {piece, %{reader | text: rest}}

      :short ->
        if reader.at_end, do: last_piece(reader), else: take(fill(reader), count)
    end
  end

  # The first `searched` bytes are known to hold no newline, so a long line
  # is not searched again from its start after every chunk.
  defp take_line(reader, searched) do
    data = pending(reader)

    case :binary.match(binary_part(data, searched, byte_size(data) - searched), "\n") do
      {at, 1} ->
        {line, rest} = :erlang.split_binary(data, searched + at + 1)
        {crlf_to_lf(line), keep(reader, rest)}

      :nomatch ->
        cond do
          more?(reader) -> take_line(fill(reader), byte_size(data))
          reader.broken -> stream_error({:no_translation, :unicode, :unicode})
          true -> last_piece(reader)
        end
    end
  end

  defp last_piece(reader) do
    case pending(reader) do
      "" -> {:eof, reader}
      rest -> {rest, keep(reader, "")}
    end
  end

  defp crlf_to_lf(line) do
    size = byte_size(line)

    if size >= 2 and binary_part(line, size - 2, 2) == "\r\n" do
      binary_part(line, 0, size - 2) <> "\n"
    else
      line
    end
  end

  # The bytes of the first count characters of UTF-8 text, or :short.
  defp chars_size(_text, 0, size), do: {:ok, size}
  defp chars_size(<<char::utf8, rest::binary>>, count, size), do: chars_size(rest, count - 1, size + char_bytes(char))
  defp chars_size(_text, _count, _size), do: :short

  defp char_bytes(char) when char < 0x80, do: 1
  defp char_bytes(char) when char < 0x800, do: 2
  defp char_bytes(char) when char < 0x10000, do: 3
  defp char_bytes(_char), do: 4

  defp stream_error(reason), do: raise(IO.StreamError, reason: reason)

  # Counting reads the whole file a chunk at a time; undecodable text is
  # a File.Error here.
  defp count_newlines(reader, count) do
    reader = fill(reader)

    if reader.broken do
      raise File.Error, reason: :invalid_unicode, action: "stream", path: reader.path
    end

    count = count + length(:binary.matches(pending(reader), "\n"))
    reader = keep(reader, "")
    if reader.at_end, do: count, else: count_newlines(reader, count)
  end
end

# Collecting into a File.Stream writes its file from the start (or at its
# end with :append): bytes as given for a byte stream, text in the
# stream's encoding otherwise. Each element is written as it comes.
defmodule Collectable.File.Stream do
  def into(%File.Stream{path: path, modes: modes} = stream) do
    write!(path, "", List.delete(modes, :read))

    collect = fn
      :ok, {:cont, element} -> write!(path, to_file_data(element, stream), [:append])
      :ok, :done -> stream
      :ok, :halt -> :ok
    end

    {:ok, collect}
  end

  defp to_file_data(element, %File.Stream{raw: true}) when is_binary(element) or is_list(element), do: element

  defp to_file_data(_element, %File.Stream{raw: true}) do
    raise FunctionClauseError, module: IO, function: :binwrite, arity: 2
  end

  defp to_file_data(element, %File.Stream{modes: modes}) do
    {:encoding, encoding} = List.keyfind(modes, :encoding, 0)
    text = if is_binary(element) or is_list(element), do: element, else: String.Chars.to_string(element)

    case :unicode.characters_to_binary(text, :unicode, encoding) do
      data when is_binary(data) -> data
      _ -> :erlang.error(:no_translation)
    end
  end

  defp write!(path, data, modes) do
    with {:error, reason} <- :file.write_file(path, data, modes) do
      raise File.Error, reason: reason, action: "stream", path: path
    end
  end
end
