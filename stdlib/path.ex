# Path: Unix path names as text (vial runs on Unix only). Written from
# Elixir 1.14's documentation and from what it answers; most of the work
# on a name's parts is :filename's (stdlib/erlang_file.ex), and only
# absname/expand/safe_relative/wildcard look at the file system. The
# helpers that convert an argument are Elixir's (absname_join,
# expand_home, do_join), so that a name that is not chardata fails in the
# same frames.
defmodule Path do
  defp text(name), do: IO.chardata_to_string(name)

  # ---- absolute or relative

  # A name is absolute when its first character is "/". In a list, a
  # binary at the front is not looked into (["/a"] is relative), nested
  # lists are.
  def type(name) when is_list(name) when is_binary(name) do #@ 220
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

  def basename(path), do: :filename.basename(text(path)) #@ 383
  def basename(path, extension), do: :filename.basename(text(path), text(extension)) #@ 407
  def dirname(path), do: :filename.dirname(text(path)) #@ 430
  def extname(path), do: :filename.extension(text(path)) #@ 457
  def rootname(path), do: :filename.rootname(text(path)) #@ 474
  def rootname(path, extension), do: :filename.rootname(text(path), text(extension)) #@ 494
  def split(path), do: :filename.split(text(path)) #@ 596

  # ---- join: unlike :filename.join/2, the left name is kept as written
  # apart from one slash at its end, and an absolute right name is made
  # relative (Path.join("a", "/b") is "a/b").

  def join([name1, name2 | rest]), do: join([join(name1, name2) | rest]) #@ 518
  def join([name]), do: text(name)

  def join(left, right) do
    left = text(left) #@ 548
    drop_end_slash(do_join(left, right, :unix)) #@ 550
  end

  defp do_join(left, "/", _os_type), do: drop_end_slash(left)
  defp do_join("", right, _os_type), do: relative(right)
  defp do_join("/", right, _os_type), do: "/" <> relative(right) #@ 555
  defp do_join(left, right, _os_type), do: drop_end_slash(left) <> "/" <> relative(right) #@ 558

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
    path = text(path) #@ 70

    case type(path) do
      :absolute -> :filename.join([path])
      :relative -> absname_join(relative_to, path)
    end
  end

  defp absname_join(relative_to, path) do
    relative_to = text(relative_to) #@ 109
    if adds_nothing?(path), do: :filename.join([relative_to]), else: :filename.join(relative_to, path)
  end

  defp adds_nothing?(path) do
    pieces = :binary.split(path, "/", [:global])
    :lists.last(pieces) == "" and Enum.all?(pieces, &(&1 == "" or &1 == "."))
  end

  # absname with "~" for the home directory, then "." and ".." resolved
  # (".." never climbs above "/").
  def expand(path), do: resolve_dots(absname(expand_home(path), File.cwd!())) #@ 166

  def expand(path, relative_to) do
    resolve_dots(absname(absname(expand_home(path), expand_home(relative_to)), File.cwd!())) #@ 195
  end

  defp expand_home(name) do
    case text(name) do #@ 698
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
    path = text(path) #@ 327

    case drop_prefix(split(path), split(from)) do #@ 328
      {:ok, []} -> "."
      {:ok, below} -> join(below)
      :error -> path
    end
  end

  defp drop_prefix(rest, []), do: {:ok, rest}
  defp drop_prefix([part | rest], [part | prefix]), do: drop_prefix(rest, prefix)
  defp drop_prefix(_parts, _prefix), do: :error

  # ---- names that stay inside a directory: "." and ".." resolved and
  # symbolic links followed, as :filelib.safe_relative_path/2 does; :error
  # for a name that is absolute or would leave the directory.

  def safe_relative(path), do: safe_relative_to(path, File.cwd!())

  def safe_relative_to(path, relative_to) do
    path = text(path) #@ 767

    case safe_relative_path(path, relative_to) do #@ 769
      :unsafe -> :error
      relative_path -> {:ok, text(relative_path)}
    end
  end

  defp safe_relative_path(path, relative_to) do
    case type(path) do
      :relative -> safe_parts(:filename.split(path), relative_to, [], 0)
      :absolute -> :unsafe
    end
  end

  # kept: the parts so far, last first; links: how many links were followed
  # (a loop of links is unsafe).
  defp safe_parts([], _dir, [], _links), do: []
  defp safe_parts([], _dir, kept, _links), do: :filename.join(:lists.reverse(kept))
  defp safe_parts(["." | rest], dir, kept, links), do: safe_parts(rest, dir, kept, links)
  defp safe_parts([".." | _rest], _dir, [], _links), do: :unsafe
  defp safe_parts([".." | rest], dir, [_ | kept], links), do: safe_parts(rest, dir, kept, links)

  defp safe_parts([part | rest], dir, kept, links) do
    case :file.read_link(:filename.join([dir | :lists.reverse([part | kept])])) do
      {:ok, _target} when links >= 40 ->
        :unsafe

      {:ok, target} ->
        case type(target) do
          :relative -> safe_parts(:filename.split(text(target)) ++ rest, dir, kept, links + 1)
          :absolute -> :unsafe
        end

      {:error, _} ->
        safe_parts(rest, dir, [part | kept], links)
    end
  end

  # ---- wildcard: :filelib.wildcard/2's patterns, matched a name at a time
  # ("*", "?", "[a-z,_]", "{a,b}", "\\c"; "**" for any depth). Names that
  # start with a dot are left out of the listings unless :match_dot.

  def wildcard(glob, opts \\ []) when is_list(opts) do #@ 670
    match_dot = Keyword.get(opts, :match_dot, false)

    glob
    |> chardata_to_list!() #@ 674
    |> glob_paths(match_dot) #@ 675
    |> Enum.map(&IO.chardata_to_string/1)
  end

  defp chardata_to_list!(chardata) do
    case :unicode.characters_to_list(chardata) do #@ 680
      list when is_list(list) -> list
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  defp glob_paths(glob, match_dot) do
    [_ | _] = glob

    {root, parts} =
      case :string.split(glob, ~c"/", :all) do
        [[] | parts] -> {~c"/", parts}
        parts -> {[], parts}
      end

    parts = for part <- parts, part != [] and part != ~c".", do: glob_part(part)
    found = if parts == [], do: existing([root]), else: glob_walk(parts, [root], match_dot)
    :lists.usort(found)
  end

  # {:literal, name}, :deep for "**", or {:match, tokens}
  defp glob_part([?*, ?*]), do: :deep

  defp glob_part(part) do
    {tokens, []} = glob_tokens(part, nil)
    if Enum.all?(tokens, &is_integer/1), do: {:literal, tokens}, else: {:match, tokens}
  end

  # Tokens up to the end (closer nil) or to the closer of an alternative
  # ("," or "}"), returned with what follows it.
  defp glob_tokens([], nil), do: {[], []}
  defp glob_tokens([], _closer), do: :erlang.error({:badpattern, :missing_delimiter})
  defp glob_tokens([c | _] = rest, closer) when closer != nil and (c == ?, or c == ?}), do: {[], rest}

  defp glob_tokens([?\\, c | rest], closer), do: glob_more(c, rest, closer)
  defp glob_tokens([?* | rest], closer), do: glob_more(:star, rest, closer)
  defp glob_tokens([?? | rest], closer), do: glob_more(:one, rest, closer)

  defp glob_tokens([?[ | rest] = all, closer) do
    case Enum.split_while(rest, &(&1 != ?])) do
      {chars, [?] | after_class]} when chars != [] -> glob_more({:class, class_ranges(chars)}, after_class, closer)
      _ -> glob_more(?[, tl(all), closer)
    end
  end

  defp glob_tokens([?{ | rest], closer) do
    {alternatives, after_alt} = glob_alternatives(rest, [])
    glob_more({:alt, alternatives}, after_alt, closer)
  end

  defp glob_tokens([c | rest], closer), do: glob_more(c, rest, closer)

  defp glob_more(token, rest, closer) do
    {tokens, rest} = glob_tokens(rest, closer)
    {[token | tokens], rest}
  end

  defp glob_alternatives(chars, acc) do
    case glob_tokens(chars, :alt) do
      {tokens, [?, | rest]} -> glob_alternatives(rest, [tokens | acc])
      {tokens, [?} | rest]} -> {:lists.reverse([tokens | acc]), rest}
    end
  end

  defp class_ranges([a, ?-, b | rest]), do: [{a, b} | class_ranges(rest)]
  defp class_ranges([?, | rest]), do: class_ranges(rest)
  defp class_ranges([c | rest]), do: [{c, c} | class_ranges(rest)]
  defp class_ranges([]), do: []

  # The paths that match the parts, each path a list of characters ([] for
  # the working directory itself).
  defp glob_walk([], paths, _match_dot), do: paths
  defp glob_walk([{:literal, name}], paths, _match_dot), do: existing(for path <- paths, do: glob_join(path, name))
  defp glob_walk([{:literal, name} | parts], paths, match_dot), do: glob_walk(parts, for(path <- paths, do: glob_join(path, name)), match_dot)
  defp glob_walk([:deep], paths, match_dot), do: Enum.flat_map(paths, &descendants(&1, match_dot, false))

  # a name after "**" is looked for in the listings, which leave dot names out
  defp glob_walk([:deep, {:literal, name} | parts], paths, match_dot), do: glob_walk([:deep, {:match, name} | parts], paths, match_dot)

  defp glob_walk([:deep | parts], paths, match_dot) do
    glob_walk(parts, Enum.flat_map(paths, &[&1 | descendants(&1, match_dot, true)]), match_dot)
  end

  defp glob_walk([{:match, tokens} | parts], paths, match_dot) do
    found =
      for path <- paths, name <- listing(path, match_dot), glob_match?(tokens, name), do: glob_join(path, name)

    glob_walk(parts, found, match_dot)
  end

  defp glob_join([], name), do: name
  defp glob_join([?/], name), do: [?/ | name]
  defp glob_join(path, name), do: path ++ [?/ | name]

  defp existing(paths), do: for(path <- paths, match?({:ok, _}, :file.read_link_info(dir_name(path))), do: path)

  defp dir_name([]), do: ~c"."
  defp dir_name(path), do: path

  defp listing(path, match_dot) do
    case :file.list_dir(dir_name(path)) do
      {:ok, names} -> for name <- names, match_dot or not match?([?. | _], name), do: name
      {:error, _} -> []
    end
  end

  # Everything below path (only the directories when dirs_only), depth first.
  defp descendants(path, match_dot, dirs_only) do
    Enum.flat_map(listing(path, match_dot), fn name ->
      full = glob_join(path, name)

      cond do
        :filelib.is_dir(full) -> [full | descendants(full, match_dot, dirs_only)]
        dirs_only -> []
        true -> [full]
      end
    end)
  end

  defp glob_match?([], []), do: true
  defp glob_match?([:star | tokens], name), do: glob_match?(tokens, name) or (name != [] and glob_match?([:star | tokens], tl(name)))
  defp glob_match?([:one | tokens], [_ | name]), do: glob_match?(tokens, name)
  defp glob_match?([{:class, ranges} | tokens], [c | name]), do: Enum.any?(ranges, fn {a, b} -> c >= a and c <= b end) and glob_match?(tokens, name)
  defp glob_match?([{:alt, alternatives} | tokens], name), do: Enum.any?(alternatives, &glob_match?(&1 ++ tokens, name))
  defp glob_match?([c | tokens], [c | name]) when is_integer(c), do: glob_match?(tokens, name)
  defp glob_match?(_tokens, _name), do: false

  def relative_to_cwd(path) do
    case File.cwd() do
      {:ok, cwd} -> relative_to(path, cwd)
      {:error, _} -> path
    end
  end
end
