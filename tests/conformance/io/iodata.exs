# IO functions accept iodata (nested lists of binaries and bytes).
IO.puts(["Hello", ?,, " ", ["wor", ["ld"]], ?!])
IO.write(["a", "b", ?\n])
IO.inspect(IO.iodata_to_binary([1, 2, [3, <<4>>]]))
IO.inspect(IO.iodata_length([<<1, 2>>, 3, ["ab"]]))
IO.puts(Enum.intersperse(["x", "y", "z"], ", "))
