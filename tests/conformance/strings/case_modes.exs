# Case mapping modes: :greek final sigma, :turkic dotted and dotless i, :ascii, and titlecasing in capitalize.
words = ["ΣΑΣ", "ΟΔΟΣ.", "ΑΣ'Α", "ΑΣ\u0301", "ΣΣ", "AΣ", "ÀΣ", "ΑΣ1", "Α'Σ"]

for word <- words do
  IO.puts("#{word} -> default #{String.downcase(word)}, greek #{String.downcase(word, :greek)}")
end

IO.puts(String.capitalize("ΣΑΣ", :greek))
IO.puts(String.upcase("istanbul ılık", :turkic))
IO.puts(String.downcase("İSTANBUL ILIK", :turkic))
IO.puts(String.downcase("İSTANBUL ILIK"))
IO.puts(String.capitalize("iSTANBUL", :turkic))
IO.puts(String.capitalize("ılık", :turkic))
IO.puts(String.upcase("ﬁne ŉ ß", :ascii))
IO.puts(String.downcase("ÉCOLE ÀB", :ascii))
IO.puts(String.capitalize("éCOLE", :ascii))

# capitalize uses titlecase for the first letter, which differs from upcase for digraphs and ligatures
for word <- ["ǆemal", "ǉubljana", "ﬁnd", "ﬀ", "ᾳ", "ﬓ", "ŉa", "ßen", "ǰa"] do
  IO.puts("#{word}: capitalize #{String.capitalize(word)}, upcase #{String.upcase(word)}")
end

# bytes that are not UTF-8 pass through unchanged
IO.inspect(String.upcase(<<?a, 0xFF, ?b>>))
IO.inspect(String.downcase("ΑΣ" <> <<0xFF>>, :greek))

# an unknown mode is an error for upcase and downcase
for fun <- [&String.upcase/2, &String.downcase/2] do
  try do
    fun.("abc", :klingon)
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end
