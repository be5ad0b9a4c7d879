# IO writes Unicode chardata: nested lists of code points and UTF-8 binaries; anything else is an ArgumentError.
IO.puts([?h, "é", [~c"llo", " "], "wörld"])
IO.write(:atoms_are_text)
IO.write(["no newline", ?\s, "\n"])
IO.puts(:stderr, ["to ", "standard error"])
IO.binwrite(<<"raw bytes", ?\n>>)

for bad <- [<<255>>, [0x110000], ["ok", <<0xC3>>], [-1]] do
  try do
    IO.puts(bad)
  rescue
    e in ArgumentError -> IO.puts("#{inspect(bad)}: #{Exception.message(e)}")
  end
end

IO.puts(IO.chardata_to_string([["a", [?b]], ~c"c"]))
IO.puts(IO.iodata_to_binary(["a", ?b, ["c" | "d"]]))
IO.inspect(IO.iodata_length(["a", ?b, ["cé" | "d"]]))
