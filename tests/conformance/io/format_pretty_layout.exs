# ~p breaks long terms as io_lib_pretty does: leaves fill lines, other elements take lines of their own.
:io.format("~p~n", [Enum.map(1..30, &"s#{&1}")])
:io.format("~p~n", [[1, {2}, 3, 4, [5] | Enum.to_list(6..29)]])
:io.format("~p~n", [Map.new(1..30, &{&1, &1})])
:io.format("~p~n", [%{a: %{b: Enum.to_list(1..30)}, c: [1]}])
:io.format("~p~n", [%{"a" => String.duplicate("x", 70), "b" => 1}])

# A tuple tagged by an atom keeps the tag on its first line; a long tag
# puts the rest on lines indented by 4.
:io.format("~p~n", [{:tag, Enum.to_list(1..40), {:x, "abc"}, [{1}, {2}]}])
:io.format("~p~n", [{:averyveryverylongtagname_that_is_long, Enum.to_list(1..40), {:x, "abc"}}])
:io.format("~p~n", [{1, Enum.to_list(1..40)}])
:io.format("~p~n", [List.duplicate([[1, 2], [3, 4]], 8)])
:io.format("~p~n", [Enum.map(1..8, &{:key, &1, "value string"})])
:io.format("~p~n", [[a: 1, b: [c: 2, d: [e: 3, f: "long string to force breaking of the line here"]]]])

# A field width is the line length.
:io.format("~40p~n", [Enum.to_list(1..30)])

# Atoms are quoted by Erlang's rules, which know Latin-1 letters; without
# the t modifier, other characters are written as \x{...}.
:io.format("~p~n", [[:é, :"Éa", :ßx, :"a×b", :"a÷", :aÀ, :"x y", :A, :a@b, :if, :ok]])
:io.format("~w ~tw~n", [:"日本", :"日本"])
:io.format("~p ~tp~n", [[1024, 1025], [1024, 1025]])
:io.format("~p ~tp~n", ["héllo", "héllo"])

# A pad character can come from the arguments (~.*).
IO.inspect(:lists.flatten(:io_lib.format("~10.5.*s|", [?-, "abc"])))
IO.inspect(:lists.flatten(:io_lib.format("~5.2.*s|", [?-, "abcdef"])))

# The precision cuts a string or pads it with the pad character; then the
# field width pads the result.
for format <- ["~10.5s|", "~.5s|", "~-10.5s|", "~10.5.xs|", "~.0s|"] do
  IO.inspect(:lists.flatten(:io_lib.format(format, ["abc"])))
end

# A binary shown as bytes is not one piece: it fills lines after its "<<",
# and the element after it starts a new line.
:io.format("~p~n", [:binary.copy(<<200, 1>>, 40)])
:io.format("~p~n", [{:data, :binary.copy(<<200, 1>>, 30)}])
:io.format("~p~n", [[:binary.copy(<<200, 1>>, 30), <<1, 2::3>>]])
:io.format("~p~n", [<<:binary.copy(<<200, 1>>, 40)::binary, 5::3>>])
:io.format("~p~n", [[<<>>, "", [], "a\nb", "tab\t", "quote\"", "back\\slash", "more text here", <<0>>, "\e"]])

# The tail of an improper list follows "|" on the same line when it fits,
# else it takes a line of its own.
:io.format("~p~n", [[1, 2 | Enum.to_list(3..40) |> List.to_tuple()]])
:io.format("~p~n", [Enum.reduce(1..30, :tail, fn x, acc -> [x | acc] end)])
:io.format("~p~n", [[{:a, Enum.to_list(1..30)} | %{key: "value"}]])
