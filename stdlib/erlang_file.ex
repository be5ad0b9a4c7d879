# Erlang's :file, :filename and :erl_posix_msg as far as Elixir's File, Path
# and IO need them without a system call; the :file natives (vm/bif_file.c)
# are loaded first and these functions join them. Everything here was worked
# out from what Erlang/OTP 25 answers, Unix names only.
defmodule :file do
  # On an io device (a registered name or a pid) reading is an io request
  # for Latin-1 bytes with no prompt; data comes back as {:ok, data}.
  def read(device, count) when (is_atom(device) or is_pid(device)) and is_integer(count) and count >= 0 do
    tag_data(:io.request(device, {:get_chars, :latin1, :"", count}))
  end

  def read(_device, _count), do: {:error, :badarg}

  def read_line(device) when is_atom(device) or is_pid(device) do
    tag_data(:io.request(device, {:get_line, :latin1, :""}))
  end

  def read_line(_device), do: {:error, :badarg}

  defp tag_data(reply) when is_binary(reply) or is_list(reply), do: {:ok, reply}
  defp tag_data(eof_or_error), do: eof_or_error

  def native_name_encoding, do: :utf8

  # The text for an error reason, as a charlist or iolist. A reason tagged
  # with a place and a module is that module's text after the place.
  def format_error(:badarg), do: ~c"bad argument"
  def format_error(:system_limit), do: ~c"a system limit was hit, probably not enough ports"
  def format_error(:terminated), do: ~c"the file server process is terminated"
  def format_error({_where, :file, :undefined_script}), do: ~c"no value returned from script"

  def format_error({where, :file, {reason, stacktrace}}) do
    :io_lib.format(~c"~w: evaluation failed with reason ~w and stacktrace ~w", [where, reason, stacktrace])
  end

  def format_error({where, module, reason}), do: :io_lib.format(~c"~w: ~ts", [where, module.format_error(reason)])
  def format_error(reason), do: :erl_posix_msg.message(reason)
end

# :filename. Each function works on the name's bytes: a binary is used as
# it is; a charlist (possibly deep, with atoms, as Erlang allows) is
# flattened and encoded as UTF-8, and the answer turned back into a flat
# charlist. Given a binary and a list together, the answer is a binary.
# Separators are ASCII, so working on UTF-8 bytes never splits a character.
defmodule :filename do
  def flatten(name) when is_binary(name), do: name
  def flatten(name) when is_list(name) or is_atom(name), do: chars(name, [])

  # The characters of a deep name in front of tail.
  defp chars([], tail), do: tail
  defp chars([first | rest], tail), do: chars(first, chars(rest, tail))
  defp chars(char, tail) when is_integer(char), do: [char | tail]
  defp chars(atom, tail) when is_atom(atom), do: :erlang.atom_to_list(atom) ++ tail
  defp chars(binary, tail) when is_binary(binary), do: [binary | tail]
  defp chars(_other, _tail), do: :erlang.error(:function_clause)

  # A name as bytes. Binaries inside a list are taken as they are when
  # the name meets a binary (join/2 of a list and a binary); alone, a list
  # holding binaries is not a name to Erlang (function_clause).
  defp bytes(name) when is_binary(name), do: name
  defp bytes(name) when is_list(name) or is_atom(name), do: encode(chars(name, []))
  defp bytes(_name), do: :erlang.error(:function_clause)

  defp list_bytes(name) when is_binary(name), do: name

  defp list_bytes(name) when is_list(name) or is_atom(name) do
    flat = chars(name, [])
    if Enum.any?(flat, &is_binary/1), do: :erlang.error(:function_clause), else: encode(flat)
  end

  defp list_bytes(_name), do: :erlang.error(:function_clause)

  defp encode(flat) do
    case :unicode.characters_to_binary(flat) do
      encoded when is_binary(encoded) -> encoded
      _ -> :erlang.error(:badarg)
    end
  end

  # Calls fun on the bytes of one name (or two), and gives its answer in
  # the kind of name it was given.
  defp on_bytes(name, fun) when is_binary(name), do: fun.(name)
  defp on_bytes(name, fun), do: to_chars(fun.(list_bytes(name)))

  defp on_bytes(name, other, fun) do
    if is_binary(name) or is_binary(other) do
      fun.(bytes(name), bytes(other))
    else
      to_chars(fun.(list_bytes(name), list_bytes(other)))
    end
  end

  defp to_chars(answer) when is_binary(answer), do: :unicode.characters_to_list(answer)
  defp to_chars(answers) when is_list(answers), do: Enum.map(answers, &to_chars/1)
  defp to_chars(atom) when is_atom(atom), do: atom

  # --- pieces of a name

  # {everything before the last slash, everything after it}, or nil.
  defp cut_last_slash(name) do
    case :binary.matches(name, "/") do
      [] -> nil
      found ->
        {pos, 1} = :lists.last(found)
        {binary_part(name, 0, pos), binary_part(name, pos + 1, byte_size(name) - pos - 1)}
    end
  end

  defp after_last_slash(name) do
    case cut_last_slash(name) do
      nil -> name
      {_before, last} -> last
    end
  end

  defp trim_slashes(name) do
    size = byte_size(name)

    if size > 0 and :binary.last(name) == ?/ do
      trim_slashes(binary_part(name, 0, size - 1))
    else
      name
    end
  end

  defp trim_one_slash(name) do
    size = byte_size(name)
    if size > 0 and :binary.last(name) == ?/, do: binary_part(name, 0, size - 1), else: name
  end

  defp ends_with?(name, suffix) do
    size = byte_size(name) - byte_size(suffix)
    size >= 0 and binary_part(name, size, byte_size(suffix)) == suffix
  end

  defp drop_end(name, count), do: binary_part(name, 0, byte_size(name) - count)

  # --- basename: the last component. For a binary, trailing slashes do not
  # count; for a list only one of them does not ("a//" has an empty one).

  def basename(name) when is_binary(name), do: after_last_slash(trim_slashes(name))
  def basename(name), do: to_chars(after_last_slash(trim_one_slash(list_bytes(name))))

  # With an extension, binaries and lists part ways. A binary looks for
  # the extension at the very end of the name, trailing slashes included,
  # and then keeps as many bytes before it as the base name is longer than
  # the extension. A list drops a (non-empty) extension from the end first
  # and then takes what follows the last slash.
  def basename(name, ext) when is_binary(name) or is_binary(ext) do
    name = bytes(name)
    ext = bytes(ext)
    base = basename(name)
    keep = byte_size(base) - byte_size(ext)

    if keep >= 0 and ends_with?(name, ext) do
      binary_part(name, byte_size(name) - byte_size(base), keep)
    else
      base
    end
  end

  def basename(name, ext), do: to_chars(list_basename(list_bytes(name), list_bytes(ext)))

  defp list_basename(name, ext) do
    if ext != "" and ends_with?(name, ext) do
      after_last_slash(drop_end(name, byte_size(ext)))
    else
      after_last_slash(trim_one_slash(name))
    end
  end

  # --- dirname: what comes before the last slash, without the slashes
  # that end it; "/" when only slashes do, "." when there is no slash.

  def dirname(name), do: on_bytes(name, &directory/1)

  defp directory(name) do
    case cut_last_slash(name) do
      nil -> "."
      {before, _last} -> if trim_slashes(before) == "", do: "/", else: trim_slashes(before)
    end
  end

  # --- extension and rootname: the last component's final dot starts the
  # extension, unless the dot begins that component. rootname differs in
  # one case: a name with no slash that begins with its only dot is all
  # extension (".a" has no root).

  def extension(name), do: on_bytes(name, &ext_of/1)

  defp ext_of(name) do
    case last_dot(after_last_slash(name)) do
      pos when is_integer(pos) and pos > 0 -> drop_start(after_last_slash(name), pos)
      _ -> ""
    end
  end

  def rootname(name), do: on_bytes(name, &root_of/1)

  defp root_of(name) do
    last = after_last_slash(name)

    case last_dot(last) do
      nil -> name
      0 when last != name -> name
      pos -> drop_end(name, byte_size(last) - pos)
    end
  end

  defp last_dot(part) do
    case :binary.matches(part, ".") do
      [] -> nil
      found -> elem(:lists.last(found), 0)
    end
  end

  defp drop_start(name, count), do: binary_part(name, count, byte_size(name) - count)

  # rootname/2 drops the given extension when the name ends with it,
  # unless that leaves a name ending in a slash.
  def rootname(name, ext), do: on_bytes(name, ext, &without_ext/2)

  defp without_ext(name, ext) do
    if ends_with?(name, ext) do
      root = drop_end(name, byte_size(ext))
      if root != "" and :binary.last(root) == ?/, do: name, else: root
    else
      name
    end
  end

  # --- split: the components, "/" first for an absolute name.

  def split(name), do: on_bytes(name, &components/1)

  defp components(name) do
    parts = for part <- :binary.split(name, "/", [:global]), part != "", do: part
    if absolute?(name), do: ["/" | parts], else: parts
  end

  def pathtype(name), do: if(absolute?(list_bytes(name)), do: :absolute, else: :relative)

  defp absolute?(<<?/, _::binary>>), do: true
  defp absolute?(_name), do: false

  # --- join: the names one after the other, each absolute one starting
  # over; the result is tidied (see tidy/1).

  def join([name]), do: on_bytes(name, &tidy/1)
  def join([first, second | rest]), do: join([join(first, second) | rest])

  def join(name, other), do: on_bytes(name, other, &join_bytes/2)

  defp join_bytes(name, other) do
    cond do
      absolute?(other) -> tidy(other)
      other == "" -> tidy(name)
      true -> tidy(name <> "/" <> other)
    end
  end

  # Runs of slashes become one and a trailing slash goes (a lone "/"
  # stays). A "." component followed by a slash goes too, unless it is the
  # first component of a relative name: "./a/./b/." is "./a/b/.".
  defp tidy(name) do
    pieces = :binary.split(name, "/", [:global])
    absolute = absolute?(name)
    kept = Enum.join(keep_pieces(pieces, not absolute, []), "/")
    if absolute, do: "/" <> kept, else: kept
  end

  defp keep_pieces([], _first?, kept), do: :lists.reverse(kept)
  defp keep_pieces(["" | rest], first?, kept), do: keep_pieces(rest, first?, kept)
  defp keep_pieces(["." | [_ | _] = rest], false, kept), do: keep_pieces(rest, false, kept)
  defp keep_pieces([piece | rest], _first?, kept), do: keep_pieces(rest, false, [piece | kept])
end

# The text of each POSIX error name, as Erlang/OTP 25's
# :erl_posix_msg.message/1 gives it (read from a running Erlang).
defmodule :erl_posix_msg do
  @messages %{
    e2big: "argument list too long",
    eacces: "permission denied",
    eaddrinuse: "address already in use",
    eaddrnotavail: "can't assign requested address",
    eadv: "advertise error",
    eafnosupport: "address family not supported by protocol family",
    eagain: "resource temporarily unavailable",
    ealign: "EALIGN",
    ealready: "operation already in progress",
    ebade: "bad exchange descriptor",
    ebadf: "bad file number",
    ebadfd: "file descriptor in bad state",
    ebadmsg: "not a data message",
    ebadr: "bad request descriptor",
    ebadrpc: "RPC structure is bad",
    ebadrqc: "bad request code",
    ebadslt: "invalid slot",
    ebfont: "bad font file format",
    ebusy: "file busy",
    echild: "no children",
    echrng: "channel number out of range",
    ecomm: "communication error on send",
    econnaborted: "software caused connection abort",
    econnrefused: "connection refused",
    econnreset: "connection reset by peer",
    edeadlk: "resource deadlock avoided",
    edeadlock: "resource deadlock avoided",
    edestaddrreq: "destination address required",
    edirty: "mounting a dirty fs w/o force",
    edom: "math argument out of range",
    edotdot: "cross mount point",
    edquot: "disk quota exceeded",
    eduppkg: "duplicate package name",
    eexist: "file already exists",
    efault: "bad address in system call argument",
    efbig: "file too large",
    eftype: "EFTYPE",
    ehostdown: "host is down",
    ehostunreach: "host is unreachable",
    eidrm: "identifier removed",
    einit: "initialization error",
    einprogress: "operation now in progress",
    eintr: "interrupted system call",
    einval: "invalid argument",
    eio: "I/O error",
    eisconn: "socket is already connected",
    eisdir: "illegal operation on a directory",
    eisnam: "is a name file",
    el2hlt: "level 2 halted",
    el2nsync: "level 2 not synchronized",
    el3hlt: "level 3 halted",
    el3rst: "level 3 reset",
    elbin: "ELBIN",
    elibacc: "cannot access a needed shared library",
    elibbad: "accessing a corrupted shared library",
    elibexec: "cannot exec a shared library directly",
    elibmax: "attempting to link in more shared libraries than system limit",
    elibscn: ".lib section in a.out corrupted",
    elnrng: "link number out of range",
    eloop: "too many levels of symbolic links",
    emfile: "too many open files",
    emlink: "too many links",
    emsgsize: "message too long",
    emultihop: "multihop attempted",
    enametoolong: "file name too long",
    enavail: "not available",
    enet: "ENET",
    enetdown: "network is down",
    enetreset: "network dropped connection on reset",
    enetunreach: "network is unreachable",
    enfile: "file table overflow",
    enoano: "anode table overflow",
    enobufs: "no buffer space available",
    enocsi: "no CSI structure available",
    enodata: "no data available",
    enodev: "no such device",
    enoent: "no such file or directory",
    enoexec: "exec format error",
    enolck: "no locks available",
    enolink: "link has be severed",
    enomem: "not enough memory",
    enomsg: "no message of desired type",
    enonet: "machine is not on the network",
    enopkg: "package not installed",
    enoprotoopt: "bad proocol option",
    enospc: "no space left on device",
    enosr: "out of stream resources or not a stream device",
    enostr: "not a stream",
    enosym: "unresolved symbol name",
    enosys: "function not implemented",
    enotblk: "block device required",
    enotconn: "socket is not connected",
    enotdir: "not a directory",
    enotempty: "directory not empty",
    enotnam: "not a name file",
    enotsock: "socket operation on non-socket",
    enotsup: "operation not supported",
    enotty: "inappropriate device for ioctl",
    enotuniq: "name not unique on network",
    enxio: "no such device or address",
    eopnotsupp: "operation not supported on socket",
    eoverflow: "offset too large for file system",
    eperm: "not owner",
    epfnosupport: "protocol family not supported",
    epipe: "broken pipe",
    eproclim: "too many processes",
    eprocunavail: "bad procedure for program",
    eprogmismatch: "program version wrong",
    eprogunavail: "RPC program not available",
    eproto: "protocol error",
    eprotonosupport: "protocol not supported",
    eprototype: "protocol wrong type for socket",
    erange: "math result unrepresentable",
    erefused: "EREFUSED",
    eremchg: "remote address changed",
    eremdev: "remote device",
    eremote: "pathname hit remote file system",
    eremoteio: "remote i/o error",
    eremoterelease: "EREMOTERELEASE",
    erofs: "read-only file system",
    erpcmismatch: "RPC version is wrong",
    erremote: "object is remote",
    eshutdown: "can't send after socket shutdown",
    esocktnosupport: "socket type not supported",
    espipe: "invalid seek",
    esrch: "no such process",
    esrmnt: "srmount error",
    estale: "stale remote file handle",
    esuccess: "Error 0",
    etime: "timer expired",
    etimedout: "connection timed out",
    etoomanyrefs: "too many references: can't splice",
    etxtbsy: "text file or pseudo-device busy",
    euclean: "structure needs cleaning",
    eunatch: "protocol driver not attached",
    eusers: "too many users",
    eversion: "version mismatch",
    ewouldblock: "operation would block",
    exbadport: "inet_drv bad port state",
    exbadseq: "inet_drv bad request sequence",
    exdev: "cross-domain link",
    exfull: "message tables full",
    nxdomain: "non-existing domain"
  }

  def message(reason), do: :erlang.binary_to_list(Map.get(@messages, reason, "unknown POSIX error"))
end
