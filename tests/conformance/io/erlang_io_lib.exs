# Erlang's :io and :io_lib helpers that Elixir code reaches for: write, print, fwrite and the charlist predicates.
IO.puts(:io_lib.write({1, "a", [:b]}))
IO.puts(:io_lib.print([1, "a", {:ok, ~c"chars"}]))
IO.inspect(:io_lib.fwrite("~w", [1]))
IO.inspect(:io_lib.write_atom(:"a b"))
IO.inspect(:io_lib.write_atom(:plain))
:io.write({1, :a})
:io.nl()
:io.write(:standard_io, [1, 2])
:io.nl()

for list <- [~c"abc", [1000], [0], [?t, ?a, ?b, ?\t], [0xD800], [0x10FFFF], [], [:a], [?a | ?b]] do
  IO.inspect({list, :io_lib.char_list(list), :io_lib.printable_list(list), :io_lib.printable_unicode_list(list)})
end
