# The :binary functions behind String report each bad argument as OTP's extended error information does.
defmodule Try do
  def show(label, fun) do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e in ArgumentError -> IO.write("#{label}: #{Exception.message(e)}")
  end
end

{nothing, number, atom, bits} = {Enum.random([nil]), Enum.random([1]), Enum.random([:x]), Enum.random([<<1::3>>])}

Try.show("copy negative", fn -> :binary.copy("a", -number) end)
Try.show("copy both", fn -> :binary.copy(atom, -number) end)
Try.show("copy bitstring", fn -> :binary.copy(bits, atom) end)
Try.show("split subject", fn -> :binary.split(nothing, ",") end)
Try.show("split subject and pattern", fn -> :binary.split(nothing, number) end)
Try.show("split empty pattern", fn -> :binary.split("a", "") end)
Try.show("split options", fn -> :binary.split("a", ",", [atom]) end)
Try.show("split bitstring", fn -> :binary.split(bits, ",") end)
Try.show("matches", fn -> :binary.matches(nothing, number) end)
Try.show("match", fn -> :binary.match("a", [""]) end)
Try.show("replace all three", fn -> :binary.replace(nothing, number, atom) end)
Try.show("replace options", fn -> :binary.replace("a", "a", "b", [atom]) end)
Try.show("compile_pattern", fn -> :binary.compile_pattern([]) end)
Try.show("first", fn -> :binary.first("") end)
Try.show("last", fn -> :binary.last(atom) end)
Try.show("part", fn -> :binary.part("abc", {2, 5}) end)
Try.show("bin_to_list", fn -> :binary.bin_to_list("abc", 1, 5) end)
Try.show("characters_to_binary", fn -> :unicode.characters_to_binary(atom, atom) end)
Try.show("characters_to_list", fn -> :unicode.characters_to_list([1 | 2]) end)
Try.show("binary_to_atom", fn -> :erlang.binary_to_atom(<<0xFF>> <> to_string(nothing), :utf8) end)
Try.show("list_to_atom", fn -> List.to_atom([0x110000 + number]) end)
