# String.jaro_distance (Elixir's transposition counting), bag_distance, myers_difference, equivalent? and normalize.
pairs = [
  {"martha", "marhta"},
  {"dwayne", "duane"},
  {"abcdefg", "gfedcba"},
  {"jellyfish", "smellyfish"},
  {"crate", "trace"},
  {"ab", "ba"},
  {"abcd", "dcba"},
  {"dixon", "dicksonx"},
  {"héllo", "hello"},
  {"a", "b"},
  {"", "abc"},
  {"same", "same"}
]

for {a, b} <- pairs do
  IO.puts("#{inspect(a)} #{inspect(b)}: jaro #{String.jaro_distance(a, b)} / #{String.jaro_distance(b, a)}, bag #{String.bag_distance(a, b)}")
end

IO.inspect(String.myers_difference("kitten sitting", "sitting kitten"))
IO.inspect(String.myers_difference("héllo wörld", "hello world"))
IO.inspect(String.myers_difference("", "abc"))
IO.inspect({String.equivalent?("é", "e\u0301"), String.equivalent?("ﬁ", "fi"), String.equivalent?("Å", "A\u030A")})

for form <- [:nfc, :nfd, :nfkc, :nfkd] do
  IO.inspect(String.normalize("ﬁ é e\u0301 Å", form) |> String.codepoints(), label: form)
end

IO.inspect(String.normalize(<<?a, 255, ?e, 0xCC, 0x81>>, :nfc))

for fun <- [&String.trim/1, &String.trim_leading/1, &String.trim_trailing/1] do
  try do
    fun.(nil)
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end
