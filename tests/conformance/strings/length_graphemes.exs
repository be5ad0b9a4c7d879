# String.length counts graphemes; codepoints and bytes differ for non-ASCII text.
for s <- ["hello", "héllo", "é", "e\u0301", "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "ab\r\ncd"] do
  IO.inspect({s, String.length(s), length(String.codepoints(s)), byte_size(s)})
end
IO.inspect(String.graphemes("e\u0301t👍🏽"))
IO.inspect(String.codepoints("e\u0301t👍🏽"))
IO.inspect(String.graphemes("🇫🇷🇩🇪"))
IO.inspect(String.next_grapheme("abc"))
IO.inspect(String.next_codepoint("ébc"))
