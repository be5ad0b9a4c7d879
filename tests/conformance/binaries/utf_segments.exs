# utf8/utf16/utf32 segments: string literals encoded per code point, in construction and in patterns
IO.inspect(<<"é"::utf16>>)
IO.inspect(<<"é"::utf32>>)
IO.inspect(<<"hé"::utf16-little>>)
IO.inspect(<<"hé"::utf32, "x"::utf8>>)
IO.inspect(<<"€"::utf16>>)
IO.inspect(<<"😀"::utf16>>)
IO.inspect(<<"😀"::utf8>>)

<<"é"::utf16, rest::binary>> = <<0, 233, 1>>
IO.inspect(rest)

case <<0, 0, 0, 104, 0, 0, 0, 105>> do
  <<"hi"::utf32>> -> IO.puts("matched utf32")
end

<<x::utf16, y::utf16-little>> = <<0, 65, 66, 0>>
IO.inspect({x, y})
<<z::utf32>> = <<0, 1, 246, 0>>
IO.inspect(z)
<<c::utf8, tail::binary>> = "über"
IO.inspect({c, tail})
IO.inspect(for <<cp::utf8 <- "héllo">>, do: cp)
