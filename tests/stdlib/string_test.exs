# String, Integer, Float against Elixir's own, including non-ASCII text.
s = fn fun, args -> T.same(String, VialString, fun, args) end
i = fn fun, args -> T.same(Integer, VialInteger, fun, args) end
f = fn fun, args -> T.same(Float, VialFloat, fun, args) end

strings = ["", "a", "hello world", "  padded \t\n", "héllo wörld", "ßtraße", "日本語テキスト", "e\u0301le\u0300ve",
           "a,b,,c,", ",,x,,", "\u00a0nb\u00a0sp\u2003", "🎉 party 🎉", "AbC dEf", <<255, 97>>, "ǆemal", "ﬁne"]
require Integer
for str <- strings, String.valid?(str) do
  for fun <- [:length, :graphemes, :codepoints, :reverse, :upcase, :downcase, :capitalize, :trim, :trim_leading,
              :trim_trailing, :split, :first, :last, :valid?, :printable?, :to_charlist, :next_grapheme, :next_codepoint] do
    s.(fun, [str])
  end
  s.(:upcase, [str, :ascii]); s.(:downcase, [str, :ascii]); s.(:capitalize, [str, :ascii])
  for n <- [-20, -3, -1, 0, 1, 2, 5, 20] do
    s.(:at, [str, n]); s.(:split_at, [str, n])
    if n >= 0 do
      s.(:slice, [str, n, 3]); s.(:slice, [str, -n, 2]); s.(:duplicate, [str, n])
      s.(:pad_leading, [str, n]); s.(:pad_trailing, [str, n, "ab"]); s.(:pad_leading, [str, n + 8, "é1"])
      s.(:printable?, [str, n])
    end
  end
  for r <- [0..2, 1..-1, -3..-1, 2..10//2, 1..-2//1, 3..1, 5..100] do
    s.(:slice, [str, r])
  end
  for pat <- ["", ",", "l", "ll", "é", ["a", "l"], "x", " ", "🎉"] do
    s.(:split, [str, pat]); s.(:split, [str, pat, [trim: true]]); s.(:split, [str, pat, [parts: 2]])
    s.(:split, [str, pat, [parts: 3, trim: true]])
    s.(:replace, [str, pat, "_"]); s.(:replace, [str, pat, "<>", [global: false]])
    s.(:replace, [str, pat, &("[" <> &1 <> "]")])
    s.(:contains?, [str, pat]); s.(:starts_with?, [str, pat]); s.(:ends_with?, [str, pat])
    if is_binary(pat) do
      s.(:trim, [str, pat]); s.(:trim_leading, [str, pat]); s.(:trim_trailing, [str, pat])
      s.(:replace_prefix, [str, pat, "P"]); s.(:replace_suffix, [str, pat, "S"])
      s.(:replace_leading, [str, pat, "L"]); s.(:replace_trailing, [str, pat, "T"])
      s.(:jaro_distance, [str, pat])
    end
  end
end
s.(:valid?, [<<255, 97>>]); s.(:printable?, [<<255, 97>>]); s.(:printable?, ["\a\e\d"]); s.(:printable?, ["\x01"])
s.(:codepoints, [<<97, 255, 98>>]); s.(:contains?, ["abc", []]); s.(:starts_with?, ["abc", []])
s.(:pad_leading, ["abc", 7, "12"]); s.(:trim, ["xxaxx", "x"])
for str <- ["123", "-42", "+7", "12a", "", "abc", "0x1F", "1_000", " 1"] do
  s.(:to_integer, [str]); i.(:parse, [str]); i.(:parse, [str, 16]); i.(:parse, [str, 36])
end
s.(:to_integer, ["ff", 16]); i.(:parse, ["1", 1]); i.(:parse, ["z", 37])
for str <- ["1.5", "-1.5e3", "1e5", "3", ".5", "1.", "1.5x", "+2.0E-2rest", "abc", "", "1.0e400", "12.34.56", "7e", "-0.0"] do
  s.(:to_float, [str]); f.(:parse, [str])
end
s.(:to_atom, ["héllo"]); s.(:to_existing_atom, ["ok"]); s.(:to_existing_atom, ["surely_not_an_atom_zz"])
for a <- ["jon", "john", "martha", "marhta", "dixon", "dicksonx", "", "aaa"], b <- ["jon", "john", "marhta", "dicksonx", "ab"] do
  s.(:jaro_distance, [a, b])
end

for n <- [0, 1, -1, 7, 10, 255, -255, 1234567890123456789012345678901234567890] do
  i.(:to_string, [n]); i.(:to_string, [n, 2]); i.(:to_string, [n, 16]); i.(:to_charlist, [n])
  i.(:digits, [n]); i.(:digits, [n, 16]); T.eq("is_even", VialInteger.is_even(n), Integer.is_even(n)); T.eq("is_odd", VialInteger.is_odd(n), Integer.is_odd(n))
  for d <- [-7, -3, 3, 7] do
    i.(:mod, [n, d]); i.(:floor_div, [n, d]); i.(:gcd, [n, d]); i.(:extended_gcd, [n, d])
  end
  i.(:pow, [n, 3]); i.(:pow, [n, 0]); i.(:pow, [n, -1])
end
i.(:undigits, [[1, 2, 3]]); i.(:undigits, [[1, 15], 16]); i.(:undigits, [[1, 16], 16]); i.(:undigits, [[]])
i.(:gcd, [0, 0]); i.(:extended_gcd, [0, 0]); i.(:extended_gcd, [0, 5]); i.(:pow, [2, 100])

floats = [0.0, -0.0, 1.0, -1.5, 2.5, 3.14159, 2.675, -2.675, 1.005, 123.456789, 1.0e20, 1.0e-20, 5.0e-324,
          0.1, 0.7, 1.23456789e15, -9.999, 0.000123456, 12345.6789]
for x <- floats do
  f.(:to_string, [x]); f.(:round, [x]); f.(:floor, [x]); f.(:ceil, [x]); f.(:ratio, [x]); f.(:to_charlist, [x])
  for p <- [0, 1, 2, 3, 5, 10, 15, 16] do
    f.(:round, [x, p]); f.(:floor, [x, p]); f.(:ceil, [x, p])
  end
end
for {a, b} <- [{"abc", "abd"}, {"", "x"}, {"kitten", "sitting"}, {"héllo wörld", "hello world"}, {"abcabba", "cbabac"}, {"same", "same"}, {"ab", ""}] do
  s.(:myers_difference, [a, b]); s.(:bag_distance, [a, b]); s.(:equivalent?, [a, b])
  T.same(List, VialList, :myers_difference, [String.to_charlist(a), String.to_charlist(b)])
end
for form <- [:nfc, :nfd, :nfkc, :nfkd], str <- ["e\u0301", "é", "ﬁ", <<255, ?a>>], do: s.(:normalize, [str, form])
for str <- ["abc12de", <<?a, 255, ?b>>, "a\x01b", ""], trait <- [:valid, :printable], do: s.(:chunk, [str, trait])
f.(:pow, [2.0, 3]); f.(:round, [1]); f.(:to_string, [1.5, [decimals: 3]])
T.report()
