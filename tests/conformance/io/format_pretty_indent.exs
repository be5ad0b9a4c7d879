# ~p chooses one indentation for tagged tuples per term: when a tag would push its parts past the middle of the line, every long tag indents its parts by 4.
:io.format("~p~n", [[{:true, Enum.to_list(1..30)}, {:averyveryverylongtagname_that_is_long, Enum.to_list(1..40)}]])
:io.format("~p~n", [{:outer, [{:a_fairly_long_tag_name, Enum.to_list(1..30), :done}, {:true, [1, 2], "text"}]}])
:io.format("~p~n", [{:ok, {:true, Enum.to_list(1..25), {:x, "abc"}}}])
:io.format("~p~n", [[{:true, {}, -944, :binary.copy(<<200>>, 20), [1, 2]}, {:reply, Enum.to_list(1..30)}]])

# Map keys that do not fit break too, and values go below their keys.
:io.format("~30p~n", [%{Enum.to_list(1..10) => :value, :short => [1, 2, 3]}])
:io.format("~30p~n", [{:error, %{Enum.to_list(1..10) => :value}}])

# A list cut by the depth is still a list: it does not share a line.
:io.format("~P~n", [%{[] => [{%{:a => "ssss", [1, 2] => 86246}, 590.3173726871963}, {"ssss", {1}, 2}, 7488, [1, 2, 3], 5]}, 6])
:io.format("~P~n", [{:tag, Enum.to_list(100_001..100_013) ++ [[1, 2], [3, 4]]}, 16])
:io.format("~P~n", [Enum.to_list(100_001..100_012) ++ [[1, 2], 5, 6, 7], 15])

# Maps order every integer key before every float key.
:io.format("~p~n", [%{1.0 => :a, 2 => :b, 0.5 => :c, -1 => :d, 3.5 => :e, 100 => :f}])
IO.inspect(%{1.0 => :a, 2 => :b, 0.5 => :c, -1 => :d, 3.5 => :e, 100 => :f})
IO.inspect(Map.keys(%{2.0 => 1, 1 => 2, 12_345_678_901_234_567_890 => 3, 1.0e30 => 4}))
IO.inspect(%{1 => :int, 1.0 => :float})
