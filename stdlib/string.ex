# String: UTF-8 binaries. Grapheme clusters and case mapping come from C
# natives (:vial.*, backed by utf8proc); searching uses :binary; the rest is
# plain binary matching here. Lengths and indexes count graphemes.
defmodule String do
  # Graphemes and code points

  def length(string) when is_binary(string), do: :vial.grapheme_count(string) #@ 2016
  def graphemes(string) when is_binary(string), do: :vial.graphemes(string) #@ 1902
  def next_grapheme(string) when is_binary(string), do: :vial.next_grapheme(string) #@ 1930

  def next_grapheme_size(string) when is_binary(string) do #@ 1942
    case :vial.next_grapheme(string) do
      {grapheme, rest} -> {byte_size(grapheme), rest}
      nil -> nil
    end
  end

  def codepoints(string) when is_binary(string), do: codepoints_loop(string) #@ 1720

  defp codepoints_loop(<<c::utf8, rest::binary>>), do: [<<c::utf8>> | codepoints_loop(rest)]
  defp codepoints_loop(<<c, rest::binary>>), do: [<<c>> | codepoints_loop(rest)]
  defp codepoints_loop(<<>>), do: []

  def next_codepoint(<<cp::utf8, rest::binary>>), do: {<<cp::utf8>>, rest} #@ 1776
  def next_codepoint(<<byte, rest::binary>>), do: {<<byte>>, rest}
  def next_codepoint(<<>>), do: nil

  def valid?(string) when is_binary(string), do: :vial.string_valid(string)
  def valid?(_), do: false

  def printable?(string, character_limit \\ :infinity) #@ 320
      when is_binary(string) and (character_limit == :infinity or (is_integer(character_limit) and character_limit >= 0)) do
    :vial.printable?(string, character_limit)
  end

  def first(string) when is_binary(string) do #@ 1968
    case :vial.next_grapheme(string) do
      {g, _} -> g
      nil -> nil
    end
  end

  def last(""), do: nil #@ 1995
  def last(string) when is_binary(string), do: List.last(:vial.graphemes(string))

  def at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do #@ 2050
    Enum.at(:vial.graphemes(string), position)
  end

  def at(string, position) when is_binary(string) and is_integer(position) and position < 0 do
    Enum.at(:vial.graphemes(string), position)
  end

  def slice(_, _, 0), do: "" #@ 2110

  def slice(string, start, length) when is_binary(string) and is_integer(start) and is_integer(length) and start >= 0 and length >= 0 do
    :vial.string_slice(string, start, length)
  end

  def slice(string, start, length) when is_binary(string) and is_integer(start) and is_integer(length) and start < 0 and length >= 0 do
    :vial.string_slice(string, start, length)
  end

  # A step of -1 with first > last is how ranges like 1..-1 were written
  # before steps existed: Elixir still slices those forwards.
  def slice(string, %Range{first: first, last: last, step: step} = range) when is_binary(string) do #@ 2195
    cond do
      step == 1 or (step == -1 and first > last) -> slice_forward(string, first, last)
      step > 0 -> :erlang.iolist_to_binary(Enum.slice(:vial.graphemes(string), range))
      true -> raise ArgumentError, "String.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
    end
  end

  # a range from before steps existed
  def slice(string, %{__struct__: Range, first: first, last: last} = range) when is_binary(string) do
    _ = range
    slice_forward(string, first, last)
  end

  defp slice_forward(string, first, last) when first >= 0 and last >= 0 do
    :vial.string_slice(string, first, :erlang.max(last - first + 1, 0))
  end

  defp slice_forward(string, first, last) do
    count = :vial.grapheme_count(string)
    first = if first < 0, do: :erlang.max(count + first, 0), else: first
    last = if last < 0, do: count + last, else: last
    :vial.string_slice(string, first, :erlang.max(last - first + 1, 0))
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do #@ 659
    split_graphemes_at(string, position)
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) and position < 0 do
    split_graphemes_at(string, position)
  end

  defp split_graphemes_at(string, position) do
    {left, right} = Enum.split(:vial.graphemes(string), position)
    {:erlang.iolist_to_binary(left), :erlang.iolist_to_binary(right)}
  end

  def reverse(string) when is_binary(string), do: :vial.string_reverse(string) #@ 1657

  # Calls written String.duplicate(...) compile to :binary.copy, as in Elixir.
  def duplicate(string, n) when is_binary(string) and is_integer(n) and n >= 0, do: :binary.copy(string, n)

  # Case (the natives apply Elixir's special casing and modes)

  def upcase(string, mode \\ :default)
  def upcase("", _mode), do: "" #@ 831
  def upcase(string, :default) when is_binary(string), do: :vial.string_upcase(string, :default)
  def upcase(string, :ascii) when is_binary(string), do: :vial.string_upcase(string, :ascii)
  def upcase(string, mode) when is_binary(string) and mode in [:greek, :turkic], do: :vial.string_upcase(string, mode)

  def downcase(string, mode \\ :default)
  def downcase("", _mode), do: "" #@ 899
  def downcase(string, :default) when is_binary(string), do: :vial.string_downcase(string, :default)
  def downcase(string, :ascii) when is_binary(string), do: :vial.string_downcase(string, :ascii)
  def downcase(string, mode) when is_binary(string) and mode in [:greek, :turkic], do: :vial.string_downcase(string, mode)

  # Titlecase of the first code point, which differs from upcase for a few
  # letters. As in Elixir, another mode fails only in downcasing the rest.
  def capitalize(string, mode \\ :default)

  def capitalize(<<char, rest::binary>>, :ascii) do #@ 945
    :vial.string_capitalize(<<char, rest::binary>>, :ascii)
  end

  def capitalize(string, mode) when is_binary(string) do
    if mode in [:default, :ascii, :greek, :turkic] do
      :vial.string_capitalize(string, mode)
    else
      case :vial.next_grapheme(string) do
        {first, rest} -> :vial.string_capitalize(first, :default) <> downcase(rest, mode) #@ 952
        nil -> ""
      end
    end
  end

  # Whitespace: String.Break does the work, as in Elixir.

  def trim(string) when is_binary(string), do: String.Break.trim(string) #@ 1271
  def trim_leading(string), do: String.Break.trim_leading(string)
  def trim_trailing(string), do: String.Break.trim_trailing(string)

  # An empty to_trim fails in replace_leading/3, as in Elixir.
  def trim(string, to_trim) when is_binary(string) and is_binary(to_trim) do #@ 1288
    trimmed = replace_leading(string, to_trim, "") #@ 1290
    replace_trailing(trimmed, to_trim, "")
  end

  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim), do: replace_leading(string, to_trim, "") #@ 1224
  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim), do: replace_trailing(string, to_trim, "") #@ 1255

  # Padding: a string pads with its graphemes, a list with its elements,
  # each counting as one grapheme.

  def pad_leading(string, count, padding \\ [" "])
  def pad_leading(string, count, padding) when is_binary(padding), do: pad_leading(string, count, :vial.graphemes(padding)) #@ 1327

  def pad_leading(string, count, [_ | _] = padding) when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:leading, string, count, padding)
  end

  def pad_trailing(string, count, padding \\ [" "])
  def pad_trailing(string, count, padding) when is_binary(padding), do: pad_trailing(string, count, :vial.graphemes(padding)) #@ 1369

  def pad_trailing(string, count, [_ | _] = padding) when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:trailing, string, count, padding)
  end

  # The deprecated ljust/rjust come here too, so a string that is not one
  # fails in String.length/1.
  defp pad(kind, string, count, padding) do
    string_length = String.length(string) #@ 1379

    if string_length >= count do
      string
    else
      filler = build_filler(count - string_length, padding, padding, 0, []) #@ 1384

      case kind do
        :leading -> :erlang.iolist_to_binary([filler | string])
        :trailing -> :erlang.iolist_to_binary([string | filler])
      end
    end
  end

  # Each element used is checked; once all of them have been, whole copies
  # of the padding follow.
  defp build_filler(0, _elements, _padding, _n, acc), do: acc

  defp build_filler(fill, [element | rest], padding, n, acc) do
    if not is_binary(element) do
      raise ArgumentError, "expected a string padding element, got: #{inspect(element)}" #@ 1415
    end

    build_filler(fill - 1, rest, padding, n + 1, [acc | element])
  end

  defp build_filler(fill, [], padding, n, acc) do
    [acc, :lists.duplicate(div(fill, n), padding) | Enum.take(padding, rem(fill, n))]
  end

  # Searching

  def contains?(string, contents) when is_binary(string) and is_list(contents), do: list_contains?(contents, string, contents, []) #@ 2490

  # a compiled pattern, or anything :binary.match rejects as Elixir's does
  def contains?(string, contents) when is_binary(string), do: contents == "" or :binary.match(string, contents) != :nomatch #@ 2495

  # Any empty pattern matches; :binary.match takes the others at once.
  defp list_contains?([pattern | rest], string, contents, acc) do
    if byte_size(pattern) == 0, do: true, else: list_contains?(rest, string, contents, acc) #@ 2499
  end

  defp list_contains?([], _string, [], _acc), do: false
  defp list_contains?([], string, contents, _acc), do: :binary.match(string, contents) != :nomatch

  def starts_with?(string, prefix) when is_binary(string) and is_binary(prefix), do: has_prefix?(string, prefix) #@ 2346

  # A prefix that is not a binary fails in the fn, as in Elixir.
  def starts_with?(string, prefix) when is_binary(string) and is_list(prefix) do
    string_size = byte_size(string)

    Enum.any?(prefix, fn candidate ->
      if is_binary(candidate),
        do: has_prefix?(string, candidate),
        else: raise(CaseClauseError, term: {string, string_size, candidate}) #@ 2361
    end)
  end

  def starts_with?(string, prefix) when is_binary(string), do: match?({0, _}, :binary.match(string, prefix)) #@ 2357

  def ends_with?(string, suffix) when is_binary(string) and is_binary(suffix), do: has_suffix?(string, suffix) #@ 2394

  def ends_with?(string, suffix) when is_binary(string) and is_list(suffix) do
    string_size = byte_size(string)

    Enum.any?(suffix, fn candidate ->
      if is_binary(candidate),
        do: has_suffix?(string, candidate),
        else: raise(CaseClauseError, term: {string, string_size, candidate}) #@ 2404
    end)
  end

  defp has_prefix?(string, prefix) do
    n = byte_size(prefix)
    byte_size(string) >= n and :binary.part(string, 0, n) == prefix
  end

  defp has_suffix?(string, suffix) do
    n = byte_size(suffix)
    size = byte_size(string)
    size >= n and :binary.part(string, size - n, n) == suffix
  end

  # Splitting

  def split(string), do: String.Break.split(string)

  def split(string, pattern, options \\ [])

  # vial has no regular expressions
  def split(string, %Regex{} = pattern, options) when is_binary(string) and is_list(options) do #@ 479
    Regex.split(pattern, string, options)
  end

  # Only trim: true trims, though a leading "" goes with any other value.
  def split(string, "", options) when is_binary(string) and is_list(options) do
    count = parts_to_index(Keyword.get(options, :parts, :infinity)) #@ 485
    trim = Keyword.get(options, :trim, false)

    if trim == false and count != 1,
      do: ["" | split_graphemes(string, trim, :erlang.max(count - 1, 0))],
      else: split_graphemes(string, trim, count)
  end

  def split(string, [], options) when is_binary(string) and is_list(options) do
    if string == "" and Keyword.get(options, :trim, false), do: [], else: [string]
  end

  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)

    # one pass in C where :binary.split can do it all, as in Elixir (which
    # compiles the pattern only for the other cases)
    case {parts, trim} do
      {:infinity, false} -> :binary.split(string, pattern, [:global]) #@ 509
      {:infinity, true} -> :binary.split(string, pattern, [:global, :trim_all]) #@ 512
      {2, false} -> :binary.split(string, pattern) #@ 515
      _ ->
        compiled = maybe_compile_pattern(pattern) #@ 518
        split_loop(string, compiled, parts_to_index(parts), trim == true, []) #@ 519
    end
  end

  defp maybe_compile_pattern(pattern) when is_tuple(pattern), do: pattern
  defp maybe_compile_pattern(pattern), do: :binary.compile_pattern(pattern) #@ 624

  # :infinity is 0: counting down never reaches the last part.
  defp parts_to_index(:infinity), do: 0 #@ 523
  defp parts_to_index(n) when is_integer(n) and n > 0, do: n

  defp split_graphemes(string, trim, 1), do: if(string == "" and trim == true, do: [], else: [string])

  defp split_graphemes(string, trim, 0) do
    :vial.graphemes(string) ++ if(trim == true, do: [], else: [""])
  end

  defp split_graphemes(string, trim, count) do
    case :vial.next_grapheme(string) do
      {grapheme, rest} -> [grapheme | split_graphemes(rest, trim, count - 1)]
      nil -> split_graphemes("", trim, 1)
    end
  end

  defp split_loop(rest, _pattern, 1, trim, acc), do: finish_split(rest, trim, acc)

  defp split_loop(rest, pattern, parts, trim, acc) do
    case :binary.match(rest, pattern) do
      :nomatch ->
        finish_split(rest, trim, acc)

      {pos, len} ->
        piece = :binary.part(rest, 0, pos)
        after_match = :binary.part(rest, pos + len, byte_size(rest) - pos - len)

        if trim and piece == "",
          do: split_loop(after_match, pattern, parts, trim, acc),
          else: split_loop(after_match, pattern, parts - 1, trim, [piece | acc])
    end
  end

  defp finish_split("", true, acc), do: :lists.reverse(acc)
  defp finish_split(rest, _trim, acc), do: :lists.reverse([rest | acc])

  # A lazy split/3: one piece at a time.
  def splitter(string, pattern, options \\ [])

  def splitter(string, "", options) when is_binary(string) and is_list(options) do #@ 584
    pieces({:empty_then_graphemes, string}, options)
  end

  def splitter(string, [], options) when is_binary(string) and is_list(options) do
    pieces({:whole, string}, options)
  end

  def splitter(string, pattern, options) when is_binary(string) and is_list(options) do
    compiled = maybe_compile_pattern(pattern) #@ 601
    pieces({:pattern, compiled, string}, options)
  end

  defp pieces(state, options) do
    pieces = Stream.unfold(state, &next_piece/1)
    if Keyword.get(options, :trim, false), do: Stream.reject(pieces, &(&1 == "")), else: pieces
  end

  defp next_piece(:done), do: nil
  defp next_piece({:whole, string}), do: {string, :done}
  defp next_piece({:empty_then_graphemes, rest}), do: {"", {:graphemes, rest}}

  defp next_piece({:graphemes, rest}) do
    case :vial.next_grapheme(rest) do
      {grapheme, rest} -> {grapheme, {:graphemes, rest}}
      nil -> {"", :done}
    end
  end

  defp next_piece({:pattern, pattern, rest}) do
    case :binary.match(rest, pattern) do
      {pos, len} -> {:binary.part(rest, 0, pos), {:pattern, pattern, :binary.part(rest, pos + len, byte_size(rest) - pos - len)}}
      :nomatch -> {rest, :done}
    end
  end

  # Replacing

  def replace(subject, pattern, replacement, options \\ []) #@ 1521
      when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and is_list(options) do
    replace_guarded(subject, pattern, replacement, options)
  end

  defp replace_guarded(subject, pattern, replacement, options) do
    global = if Keyword.get(options, :global, true), do: true, else: false

    cond do
      pattern == [] -> subject
      pattern == "" -> replace_empty(subject, replacement, global)
      Keyword.has_key?(options, :insert_replaced) -> insert_replaced(subject, pattern, replacement, options, global)
      global -> replace_matches(subject, replacement, :binary.matches(subject, pattern)) #@ 1569
      true -> replace_matches(subject, replacement, first_match(:binary.match(subject, pattern))) #@ 1571
    end
  end

  # The deprecated :insert_replaced option is :binary.replace's.
  defp insert_replaced(subject, pattern, replacement, options, global) do
    opts = [insert_replaced: Keyword.fetch!(options, :insert_replaced)]
    :binary.replace(subject, pattern, replacement, if(global, do: [:global | opts], else: opts))
  end

  defp first_match(:nomatch), do: []
  defp first_match(found), do: [found]

  defp replace_matches(subject, replacement, found) do
    {parts, last} =
      Enum.reduce(found, {[], 0}, fn {pos, len}, {acc, from} ->
        matched = :binary.part(subject, pos, len)
        piece = :binary.part(subject, from, pos - from)
        {[replacement_for(replacement, matched), piece | acc], pos + len}
      end)

    tail = :binary.part(subject, last, byte_size(subject) - last)
    :erlang.iolist_to_binary(:lists.reverse([tail | parts]))
  end

  defp replacement_for(replacement, _matched) when is_binary(replacement), do: replacement
  defp replacement_for(fun, matched) when is_function(fun, 1), do: fun.(matched)

  defp replace_empty(subject, replacement, false), do: replacement_for(replacement, "") <> subject

  defp replace_empty(subject, replacement, true) do
    r = replacement_for(replacement, "")
    :erlang.iolist_to_binary([r | Enum.map(:vial.graphemes(subject), fn g -> [g, r] end)])
  end

  def replace_prefix(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement) do #@ 1112
    if starts_with?(string, match),
      do: replacement <> :binary.part(string, byte_size(match), byte_size(string) - byte_size(match)),
      else: string
  end

  def replace_suffix(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement) do #@ 1154
    if ends_with?(string, match),
      do: :binary.part(string, 0, byte_size(string) - byte_size(match)) <> replacement,
      else: string
  end

  def replace_leading(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement) do #@ 991
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace" #@ 994
    end

    n = byte_size(match)
    {count, rest} = count_leading(string, match, n, 0)
    :binary.copy(replacement, count) <> rest
  end

  defp count_leading(string, match, n, count) do
    if starts_with?(string, match),
      do: count_leading(:binary.part(string, n, byte_size(string) - n), match, n, count + 1),
      else: {count, string}
  end

  def replace_trailing(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement) do #@ 1050
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace" #@ 1053
    end

    trimmed = strip_suffixes(string, match, byte_size(match))
    count = div(byte_size(string) - byte_size(trimmed), byte_size(match))
    trimmed <> :binary.copy(replacement, count)
  end

  defp strip_suffixes(string, match, n) do
    size = byte_size(string)

    if size >= n and :binary.part(string, size - n, n) == match,
      do: strip_suffixes(:binary.part(string, 0, size - n), match, n),
      else: string
  end

  # Conversions

  def to_atom(string), do: :erlang.binary_to_atom(string, :utf8)
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string, :utf8)
  def to_charlist(string) when is_binary(string) do #@ 2529
    case :unicode.characters_to_list(string) do
      result when is_list(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  def to_integer(string) when is_binary(string), do: :erlang.binary_to_integer(string)

  def to_integer(string, base) when is_binary(string) and is_integer(base) do
    :erlang.binary_to_integer(string, base)
  end

  def to_float(string) when is_binary(string), do: :erlang.binary_to_float(string)

  def jaro_distance(string, string), do: 1.0 #@ 2759
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2), do: :vial.jaro_distance(string1, string2)

  # Normalization and comparison

  def normalize(string, :nfd) when is_binary(string), do: normalize_form(string, :nfd) #@ 765
  def normalize(string, :nfc) when is_binary(string), do: normalize_form(string, :nfc)
  def normalize(string, :nfkd) when is_binary(string), do: normalize_form(string, :nfkd)
  def normalize(string, :nfkc) when is_binary(string), do: normalize_form(string, :nfkc)

  defp normalize_form(string, form) do
    converted =
      case form do
        :nfd -> :unicode.characters_to_nfd_binary(string)
        :nfc -> :unicode.characters_to_nfc_binary(string)
        :nfkd -> :unicode.characters_to_nfkd_binary(string)
        :nfkc -> :unicode.characters_to_nfkc_binary(string)
      end

    case converted do
      result when is_binary(result) -> result
      {:error, good, <<head, rest::binary>>} -> good <> <<head>> <> normalize_form(rest, form)
    end
  end

  def equivalent?(string1, string2) when is_binary(string1) and is_binary(string2), do: normalize(string1, :nfd) == normalize(string2, :nfd) #@ 709

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do #@ 2844
    Enum.map(List.myers_difference(:vial.graphemes(string1), :vial.graphemes(string2)), fn {kind, chars} ->
      {kind, :erlang.iolist_to_binary(chars)}
    end)
  end

  def bag_distance(_string, ""), do: 0.0 #@ 2695
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, n1} = bag(string1)
    {bag2, n2} = bag(string2)
    1 - :erlang.max(bag_difference(bag1, bag2), bag_difference(bag2, bag1)) / :erlang.max(n1, n2)
  end

  defp bag(string) do
    graphemes = :vial.graphemes(string)
    {Enum.frequencies(graphemes), Kernel.length(graphemes)}
  end

  defp bag_difference(bag1, bag2) do
    Enum.reduce(:maps.to_list(bag1), 0, fn {g, count1}, sum ->
      sum + :erlang.max(count1 - Map.get(bag2, g, 0), 0)
    end)
  end

  # Splits into runs of code points that are all valid (or printable) or all not.
  def chunk("", _), do: [] #@ 1852

  def chunk(string, trait) when is_binary(string) and trait in [:valid, :printable] do
    pred = if trait == :valid, do: fn cp -> valid?(cp) end, else: fn cp -> printable?(cp) end
    {cp, _} = next_codepoint(string)
    chunk_loop(string, [], "", pred.(cp), pred)
  end

  defp chunk_loop("", acc, "", _flag, _pred), do: :lists.reverse(acc)
  defp chunk_loop("", acc, chunk, _flag, _pred), do: :lists.reverse([chunk | acc])

  defp chunk_loop(string, acc, chunk, flag, pred) do
    {cp, rest} = next_codepoint(string)

    if pred.(cp) == flag,
      do: chunk_loop(rest, acc, chunk <> cp, flag, pred),
      else: chunk_loop(rest, [chunk | acc], cp, not flag, pred)
  end

  # Deprecated in Elixir, kept for old code
  def rjust(subject, length, pad \\ ?\s) when is_integer(pad) and is_integer(length) and length >= 0 do #@ 1426
    pad(:leading, subject, length, [<<pad::utf8>>])
  end

  def ljust(subject, length, pad \\ ?\s) when is_integer(pad) and is_integer(length) and length >= 0 do #@ 1438
    pad(:trailing, subject, length, [<<pad::utf8>>])
  end

  def lstrip(string), do: String.Break.trim_leading(string)
  def lstrip(string, char) when is_integer(char), do: replace_leading(string, <<char::utf8>>, "") #@ 1182
  def rstrip(string), do: String.Break.trim_trailing(string)
  def rstrip(string, char) when is_integer(char), do: replace_trailing(string, <<char::utf8>>, "") #@ 961
  def strip(string), do: trim(string)

  # A compiled <<char::utf8>> fails with a plain ArgumentError.
  def strip(string, char) do
    to_trim = if is_integer(char) and char >= 0 and char <= 0x10FFFF and (char < 0xD800 or char > 0xDFFF), do: <<char::utf8>>, else: raise(ArgumentError) #@ 1195
    trim(string, to_trim)
  end

  def to_char_list(string), do: to_charlist(string)

  def valid_character?(<<_::utf8>> = codepoint), do: valid?(codepoint)
  def valid_character?(_), do: false
end

# Unicode whitespace (White_Space; split/1 keeps the no-break spaces inside
# words) for String's trim and split, scanned by natives.
defmodule String.Break do
  def trim_leading(string) when is_binary(string), do: :vial.string_trim(string, :leading) #@ 459
  def trim_trailing(string) when is_binary(string), do: :vial.string_trim(string, :trailing) #@ 495
  def trim(string), do: :vial.string_trim(string, :both)
  def split(string) when is_binary(string), do: :vial.string_split_ws(string)

  # :binary.split says what is wrong with anything else
  def split(string), do: :binary.split(string, ["\u3000", "\u205F", "\u2029", "\u2028", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2008", "\u2009", "\u200A", "\u1680", "\u0085", " ", "\t", "\n", "\v", "\f", "\r"], [:global, :trim_all]) #@ 515
end

# The common functions of Erlang's :string (beside the case natives in
# vm/bif_string.c) for binaries and charlists: a binary in gives binaries
# out, a charlist charlists.
defmodule :string do
  def length(chardata), do: String.length(text(chardata))
  def is_empty(chardata), do: text(chardata) == ""
  def equal(a, b), do: text(a) == text(b)
  def titlecase(chardata), do: back(chardata, titlecase_first(text(chardata)))
  # full folding: ẞ and ß both become ss
  def casefold(chardata) do
    folded = text(chardata) |> :vial.string_downcase(:default) |> :vial.string_upcase(:default) |> :vial.string_downcase(:default)
    back(chardata, folded)
  end
  def reverse(chardata), do: :lists.reverse(to_graphemes(chardata))
  def slice(chardata, start), do: slice(chardata, start, :infinity)

  def slice(chardata, start, len) when is_integer(start) and start >= 0 do
    string = text(chardata)
    len = if len == :infinity, do: byte_size(string), else: len
    back(chardata, String.slice(string, start, len))
  end

  def to_graphemes(chardata) do
    for g <- String.graphemes(text(chardata)) do
      case String.to_charlist(g) do
        [c] -> c
        cs -> cs
      end
    end
  end

  # Erlang's Pattern_White_Space, and \r\n as one
  @white [?\s, ?\t, ?\n, ?\r, ?\v, ?\f, 0x85, 0x200E, 0x200F, 0x2028, 0x2029]

  def trim(chardata), do: trim(chardata, :both, @white)
  def trim(chardata, dir), do: trim(chardata, dir, @white)

  def trim(chardata, dir, chars) when dir in [:leading, :trailing, :both] and is_list(chars) do
    string = text(chardata)
    seps = for c <- chars, do: if(is_integer(c), do: <<c::utf8>>, else: List.to_string(c))
    seps = if "\r" in seps and "\n" in seps, do: ["\r\n" | seps], else: seps
    string = if dir != :trailing, do: trim_start(string, seps), else: string
    back(chardata, if(dir != :leading, do: trim_end(string, seps), else: string))
  end

  defp trim_start(string, seps) do
    case String.next_grapheme(string) do
      {g, rest} -> if g in seps, do: trim_start(rest, seps), else: string
      nil -> string
    end
  end

  defp trim_end(string, seps) do
    gs = :lists.reverse(String.graphemes(string))
    IO.iodata_to_binary(:lists.reverse(Enum.drop_while(gs, &(&1 in seps))))
  end

  def chomp(chardata) do
    string = text(chardata)

    stripped =
      cond do
        String.ends_with?(string, "\r\n") -> binary_part(string, 0, byte_size(string) - 2)
        String.ends_with?(string, "\n") -> binary_part(string, 0, byte_size(string) - 1)
        true -> string
      end

    back(chardata, stripped)
  end

  def split(chardata, separator), do: split(chardata, separator, :leading)

  def split(chardata, separator, where) when where in [:leading, :trailing, :all] do
    string = text(chardata)
    sep = text(separator)

    parts =
      case where do
        :all -> String.split(string, sep)
        :leading -> String.split(string, sep, parts: 2)
        :trailing -> split_last(string, sep)
      end

    Enum.map(parts, &back(chardata, &1))
  end

  defp split_last(string, sep) do
    case :binary.matches(string, sep) do
      [] -> [string]
      found ->
        {pos, len} = List.last(found)
        [binary_part(string, 0, pos), binary_part(string, pos + len, byte_size(string) - pos - len)]
    end
  end

  def to_integer(chardata) do
    string = text(chardata)

    case {number_start?(string), Integer.parse(string)} do
      {true, {n, rest}} -> {n, back(chardata, rest)}
      _ -> {:error, :no_integer}
    end
  end

  defp number_start?(<<c, _::binary>>), do: (c >= ?0 and c <= ?9) or c == ?+ or c == ?-
  defp number_start?(_), do: false

  def to_float(chardata) do
    string = text(chardata)

    case Float.parse(string) do
      {f, rest} ->
        used = binary_part(string, 0, byte_size(string) - byte_size(rest))
        if String.contains?(used, ".") and float_text?(used), do: {f, back(chardata, rest)}, else: {:error, :no_float}

      :error ->
        {:error, :no_float}
    end
  end

  # digits on both sides of the dot: Float.parse also takes "1" and "-.5"
  defp float_text?(text) do
    [whole | _] = String.split(String.trim_leading(text, "-") |> String.trim_leading("+"), ".", parts: 2)
    [_, frac] = String.split(text, ".", parts: 2)
    whole != "" and frac != "" and String.at(frac, 0) in ~w(0 1 2 3 4 5 6 7 8 9)
  end

  def join([], _sep), do: []
  def join([h | t], sep) when is_list(sep), do: :lists.append([h | for(x <- t, do: sep ++ x)])

  def copies(chars, n) when is_list(chars) and is_integer(n) and n >= 0, do: :lists.append(:lists.duplicate(n, chars))

  def tokens(chars, seps) when is_list(chars) and is_list(seps) do
    chars |> Enum.chunk_by(&(&1 in seps)) |> Enum.reject(&(hd(&1) in seps))
  end

  defp titlecase_first(string) do
    case String.next_codepoint(string) do
      {c, rest} -> :vial.string_capitalize(c, :default) <> rest
      nil -> ""
    end
  end

  defp text(chardata) when is_binary(chardata), do: chardata
  defp text(chardata), do: IO.chardata_to_string(chardata)
  defp back(original, string) when is_binary(original), do: string
  defp back(_original, string), do: String.to_charlist(string)
end
