# :unicode.bom_to_encoding and encoding_to_bom, and decoding text after its byte order mark.
for b <- [<<0xEF, 0xBB, 0xBF, ?a>>, <<0xFE, 0xFF, 0, ?a>>, <<0xFF, 0xFE, ?a, 0>>, <<0xFF, 0xFE, 0, 0>>, <<0, 0, 0xFE, 0xFF>>, "plain", "", <<0xEF, 0xBB>>] do
  IO.inspect({b, :unicode.bom_to_encoding(b)})
end
for e <- [:utf8, :unicode, :latin1, :utf16, {:utf16, :big}, {:utf16, :little}, :utf32, {:utf32, :big}, {:utf32, :little}] do
  IO.inspect({e, :unicode.encoding_to_bom(e)})
end
data = <<0xFF, 0xFE, ?h, 0, ?i, 0>>
{enc, len} = :unicode.bom_to_encoding(data)
IO.inspect(:unicode.characters_to_binary(binary_part(data, len, byte_size(data) - len), enc))
