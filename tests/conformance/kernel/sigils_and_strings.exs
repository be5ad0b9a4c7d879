# String-building helpers from Kernel: <>, to_string, interpolation of lists.
parts = ["a", "b", "c"]
IO.puts(Enum.join(parts, "-"))
IO.puts("#{parts}")
IO.puts(Enum.reduce(parts, "", &(&2 <> &1)))
IO.puts(to_string(:erlang.integer_to_list(255, 16)))
IO.puts(IO.iodata_to_binary(["a", ?b, ["c", [?d]]]))
IO.inspect(IO.iodata_length(["ab", ?c, ["de"]]))
IO.inspect(IO.chardata_to_string(['abc', "def"]))
