# Charlists and chardata: List.to_string, List.to_charlist, to_charlist/1, IO.chardata_to_string and :unicode conversions.
defmodule Try do
  def show(label, fun) do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e)}")
  end
end

Try.show("List.to_string", fn -> List.to_string([?a, "bc", [?d, ["é"]], 0x1F600]) end)
Try.show("too big a code point", fn -> List.to_string([0x110000]) end)
Try.show("negative code point", fn -> List.to_string([-1]) end)
Try.show("invalid UTF-8", fn -> List.to_string(["a", <<0xFF>>]) end)
Try.show("truncated UTF-8", fn -> List.to_string(["a", <<0xC3>>]) end)
Try.show("not chardata", fn -> List.to_string([:a]) end)
Try.show("List.to_charlist", fn -> List.to_charlist([?a, "bé", [?c]]) end)
Try.show("to_charlist invalid", fn -> List.to_charlist([<<0xFF>>]) end)
Try.show("to_charlist not chardata", fn -> List.to_charlist([:x]) end)
Try.show("chardata_to_string", fn -> IO.chardata_to_string([?a, "b", [?c]]) end)
Try.show("chardata_to_string invalid", fn -> IO.chardata_to_string([<<0xFF>>]) end)
Try.show("Kernel.to_charlist", fn -> {to_charlist(1), to_charlist(:ok), to_charlist(nil), to_charlist("é"), to_charlist(1.5), to_charlist([?a, "b"])} end)
Try.show("to_charlist tuple", fn -> to_charlist({1}) end)
Try.show("to_charlist bitstring", fn -> to_charlist(<<1::3>>) end)

Try.show("to UTF-16", fn -> :unicode.characters_to_binary("aé😀", :utf8, :utf16) end)
Try.show("to UTF-16 little", fn -> :unicode.characters_to_binary("aé😀", :utf8, {:utf16, :little}) end)
Try.show("to UTF-32", fn -> :unicode.characters_to_binary("aé😀", :utf8, :utf32) end)
Try.show("to UTF-32 little", fn -> :unicode.characters_to_binary([?a, 0x1F600], :unicode, {:utf32, :little}) end)
Try.show("from UTF-16", fn -> :unicode.characters_to_binary(<<0, 97, 0xD8, 0x3D, 0xDE, 0x00>>, :utf16) end)
Try.show("lone surrogate", fn -> :unicode.characters_to_binary(<<0, 97, 0xDE, 0x00, 0, 98>>, :utf16) end)
Try.show("truncated UTF-16", fn -> :unicode.characters_to_binary(<<0, 97, 0xD8, 0x3D>>, :utf16) end)
Try.show("UTF-32 to list", fn -> :unicode.characters_to_list(<<97, 0, 0, 0>>, {:utf32, :little}) end)
Try.show("Latin-1 to UTF-16", fn -> :unicode.characters_to_binary("é", :latin1, :utf16) end)
Try.show("to Latin-1", fn -> :unicode.characters_to_binary("é", :utf8, :latin1) end)
Try.show("nfc list", fn -> :unicode.characters_to_nfc_list("e\u0301") end)
Try.show("nfkd list", fn -> :unicode.characters_to_nfkd_list(["ﬁ"]) end)
Try.show("nfd list invalid", fn -> :unicode.characters_to_nfd_list(<<?a, 255>>) end)
Try.show("bad encoding", fn -> :unicode.characters_to_binary("a", :utf8, Enum.random([:utf7])) end)
Try.show("not chardata", fn -> :unicode.characters_to_binary(Enum.random([:a])) end)

# a sequence cut short is :incomplete only at the very end of the data
for data <- [["a", <<0xC3>>], [[["a", <<0xC3>>]]], [<<?a, 0xC3>>, [[]]], [<<0xC3>>, "a"], [?x, [<<0xC3>>, ?a]], [[<<0xC3>>, ?a], ?b]] do
  Try.show(inspect(data), fn -> :unicode.characters_to_binary(data) end)
end

Try.show("incomplete in a list", fn -> List.to_string([?a, "é", [<<0xC3>>]]) end)
Try.show("cut short before more", fn -> List.to_string([<<0xC3>>, "a"]) end)
