# Path: Unix path names as text (vial runs on Unix only). Written from
# Elixir 1.14's documentation and from what it answers; most of the work
# on a name's parts is :filename's (stdlib/erlang_file.ex), and only
# absname/expand look at the file system (the working directory). Not
# here yet: wildcard/2, safe_relative/1, safe_relative_to/2.
defmodule Path do
  defp text(name), do: IO.chardata_to_string(name)

  # ---- absolute or relative

  # A name is absolute when its first character is "/". In a list, a
  # binary at the front is not looked into (["/a"] is relative), nested
  # lists are.
  def type(name) when is_binary(name) or is_list(name) do
    case strip_root(name) do
      {:root, _rest} -> :absolute
      :none -> :relative
    end
  end

  # The name without its root slash; "/" alone is ".".
  def relative(name) do
    case strip_root(name) do
      {:root, rest} -> text(rest)
      :none -> text(name)
    end
  end

  defp strip_root("/"), do: {:root, "."}
  defp strip_root(<<?/, rest::binary>>), do: {:root, rest}
  defp strip_root(name) when is_binary(name), do: :none

  defp strip_root(name) when is_list(name) do
    case open_front(name) do
      [?/] -> {:root, "."}
      [?/ | rest] -> {:root, rest}
      _ -> :none
    end
  end

  defp strip_root(_name), do: :none

  # Chardata whose first element is no longer a list (nested lists at the
  # front spliced into the outer one).
  defp open_front([first | rest]) when is_list(first), do: open_front(first ++ rest)
  defp open_front(list), do: list

  # ---- the parts of a name: :filename's answers on the name as a string

  def basename(path), do: :filename.basename(text(path))
  def basename(path, extension), do: :filename.basename(text(path), text(extension))
  def dirname(path), do: :filename.dirname(text(path))
  def extname(path), do: :filename.extension(text(path))
  def rootname(path), do: :filename.rootname(text(path))
  def rootname(path, extension), do: :filename.rootname(text(path), text(extension))
  def split(path), do: :filename.split(text(path))

  # ---- join: unlike :filename.join/2, the left name is kept as written
  # apart from one slash at its end, and an absolute right name is made
  # relative (Path.join("a", "/b") is "a/b").

  def join([only]), do: text(only)
  def join([left, right | more]), do: join([join(left, right) | more])

  def join(left, right) do
    left = text(left)

    joined =
      cond do
        right == "/" -> drop_end_slash(left)
        left == "" -> relative(right)
        left == "/" -> "/" <> relative(right)
        true -> drop_end_slash(left) <> "/" <> relative(right)
      end

    drop_end_slash(joined)
  end

  # One slash off the end, except from "/" itself.
  defp drop_end_slash(name) do
    size = byte_size(name)
    if size > 1 and :binary.last(name) == ?/, do: binary_part(name, 0, size - 1), else: name
  end

  # ---- absolute names

  def absname(path), do: absname(path, File.cwd!())

  # An absolute name is only tidied; a relative one goes after the base.
  # Both are tidied as :filename.join tidies separators and "." parts,
  # with one difference: a relative name made of "./" alone adds nothing,
  # not even a slash after the base (so a "." ending the base stays).
  def absname(path, relative_to) do
    path = text(path)

    cond do
      type(path) == :absolute -> :filename.join([path])
      adds_nothing?(path) -> :filename.join([text(relative_to)])
      true -> :filename.join(text(relative_to), path)
    end
  end

  defp adds_nothing?(path) do
    pieces = :binary.split(path, "/", [:global])
    :lists.last(pieces) == "" and Enum.all?(pieces, &(&1 == "" or &1 == "."))
  end

  # absname with "~" for the home directory, then "." and ".." resolved
  # (".." never climbs above "/").
  def expand(path), do: resolve_dots(absname(home(path), File.cwd!()))

  def expand(path, relative_to) do
    resolve_dots(absname(absname(home(path), home(relative_to)), File.cwd!()))
  end

  defp home(name) do
    case text(name) do
      "~" -> System.user_home!()
      "~/" <> rest -> System.user_home!() <> "/" <> rest
      other -> other
    end
  end

  defp resolve_dots(absolute) do
    kept =
      Enum.reduce(:binary.split(absolute, "/", [:global]), [], fn
        "", kept -> kept
        ".", kept -> kept
        "..", [] -> []
        "..", [_ | up] -> up
        part, kept -> [part | kept]
      end)

    "/" <> Enum.join(:lists.reverse(kept), "/")
  end

  # ---- relative names

  # The path from `from` to `path` when `path` lies below (or is) it,
  # else path unchanged. The names are compared part by part, as written.
  def relative_to(path, from) do
    path = text(path)

    case drop_prefix(split(path), split(from)) do
      {:ok, []} -> "."
      {:ok, below} -> join(below)
      :error -> path
    end
  end

  defp drop_prefix(rest, []), do: {:ok, rest}
  defp drop_prefix([part | rest], [part | prefix]), do: drop_prefix(rest, prefix)
  defp drop_prefix(_parts, _prefix), do: :error

  def relative_to_cwd(path) do
    case File.cwd() do
      {:ok, cwd} -> relative_to(path, cwd)
      {:error, _} -> path
    end
  end
end
