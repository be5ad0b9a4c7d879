# Emoji with skin-tone modifiers and ZWJ sequences are single graphemes.
family = "👨‍👩‍👧‍👦"
thumbs = "👍🏿"
IO.puts(family)
IO.inspect(String.length(family))
IO.inspect(length(String.codepoints(family)))
IO.inspect(byte_size(family))
IO.inspect(String.length(thumbs <> "!"))
IO.inspect(String.reverse("a" <> thumbs <> "b"))
IO.inspect(String.upcase("hi 👋 there"))
IO.inspect(String.split("😀,😁", ","))
IO.inspect(String.slice("x" <> family <> "y", 1, 1) == family)
