# trim, trim_leading, trim_trailing and split/1 on every kind of Unicode white space, no-break spaces and bytes that are not UTF-8.
samples = ["", " ", "  a  ", "\t\n\v\f\r a \r\n", "\u0085a\u0085", "\u00a0a\u00a0", "\u1680a\u2000\u200a", "\u2028\u2029a\u202f\u205f\u3000", "a\u2007b", "\u200bx\u200b", <<255, 32>>, <<32, 255>>, <<32, 0xE2, 0x80>>, <<0xE2, 0x80, 32>>, <<0x80, 0x80, 0x80, 32>>, "é ", " é", "日本 語", "a\u00a0b c\u2003d\u0085e\u2007f\u202fg", "   ", "x\u3000", <<0xE3, 0x80, 0x80>>, <<0x80, 0xE3, 0x80, 0x80>>]
for s <- samples do
  IO.inspect({s, String.trim(s), String.trim_leading(s), String.trim_trailing(s), String.split(s)})
end
