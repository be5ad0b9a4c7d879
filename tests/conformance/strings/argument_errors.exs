# Bad arguments to String functions raise what Elixir raises: the ArgumentErrors of :binary, FunctionClauseErrors, UnicodeConversionErrors.
defmodule Try do
  def show(label, fun) do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)}\n#{Exception.message(e)}")
  end
end

not_a_string = Enum.random([nil])
bad_utf8 = Enum.random([<<?a, 0xFF>>])

Try.show("duplicate negative", fn -> String.duplicate("a", -1) end)
Try.show("duplicate float", fn -> String.duplicate("ab", 2.0) end)
Try.show("duplicate atom", fn -> String.duplicate(:a, 2) end)
Try.show("split/1 nil", fn -> String.split(not_a_string) end)
Try.show("split/2 nil", fn -> String.split(not_a_string, ",") end)
Try.show("split integer pattern", fn -> String.split("a,b", Enum.random([1])) end)
Try.show("split empty in list", fn -> String.split("a,b", [",", ""]) end)
Try.show("split parts: 0", fn -> String.split("a b", " ", parts: 0) end)
Try.show("replace atom replacement", fn -> String.replace("abc", "a", Enum.random([:b])) end)
Try.show("contains? integer", fn -> String.contains?("abc", Enum.random([1])) end)
Try.show("contains? list with integer", fn -> String.contains?("abc", ["x", 1]) end)
Try.show("starts_with? list with integer", fn -> String.starts_with?("hello", [1]) end)
Try.show("ends_with? atom", fn -> String.ends_with?("abc", Enum.random([:c])) end)
Try.show("trim empty", fn -> String.trim("abc", "") end)
Try.show("replace_leading empty", fn -> String.replace_leading("abc", "", "x") end)
Try.show("pad empty", fn -> String.pad_leading("abc", 5, "") end)
Try.show("pad negative", fn -> String.pad_trailing("abc", -1) end)
Try.show("pad charlist element", fn -> String.pad_leading("abc", 6, [?x]) end)
Try.show("printable? negative limit", fn -> String.printable?("abc", -1) end)
Try.show("normalize bad form", fn -> String.normalize("a", Enum.random([:nfx])) end)
Try.show("to_charlist invalid", fn -> String.to_charlist(bad_utf8) end)
Try.show("to_charlist incomplete", fn -> String.to_charlist(<<?a, 0xE2, 0x82>>) end)
Try.show("to_integer bad base", fn -> String.to_integer("ff", Enum.random([37])) end)
Try.show("to_integer not a number", fn -> String.to_integer(Enum.random(["12a"])) end)
Try.show("to_float integer text", fn -> String.to_float(Enum.random(["1"])) end)
Try.show("to_atom invalid", fn -> String.to_atom(bad_utf8) end)
Try.show("to_existing_atom", fn -> String.to_existing_atom("no_such_atom_for_sure") end)
Try.show("upcase nil", fn -> String.upcase(not_a_string) end)
Try.show("length nil", fn -> String.length(not_a_string) end)
Try.show("valid? nil", fn -> String.valid?(not_a_string) end)
