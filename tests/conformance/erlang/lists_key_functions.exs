# :lists' key functions as lists.erl has them: the first tuple whose element n equals the key, and failures named after its helpers (keydelete3, keyreplace3, keystore2, keytake/4)
IO.inspect(:lists.keydelete(:a, 1, [{:b}, :notuple, {:a, 1}, {:a, 2}]))
IO.inspect(:lists.keydelete(1.0, 1, [{1}, {2}]))
IO.inspect(:lists.keyreplace(:a, 1, [{:b}, :x, {:a, 1}, {:a, 2}], {:z}))
IO.inspect(:lists.keystore(:q, 1, [{:b}, :x, {:a, 1}], {:z}))
IO.inspect(:lists.keytake(:a, 1, [{:b}, :x, {:a, 1}, {:a, 2}]))
IO.inspect(:lists.keytake(:zz, 1, [{:b}, :x]))
IO.inspect(List.keydelete([a: 1, b: 2], :b, 0))

for {name, f} <- [
      keydelete: fn -> :lists.keydelete(:a, 1, [{:b, 1}, {:c, 2} | :x]) end,
      keydelete_position: fn -> :lists.keydelete(:a, 0, []) end,
      keyreplace: fn -> :lists.keyreplace(:a, 1, [{:b, 1}, {:c, 2} | :x], {:a}) end,
      keyreplace_tuple: fn -> :lists.keyreplace(:a, 1, [], :notuple) end,
      keystore: fn -> :lists.keystore(:a, 1, [{:b, 1}, {:c, 2} | :x], {:a}) end,
      keytake: fn -> :lists.keytake(:a, 1, [{:b, 1}, {:c, 2} | :x]) end,
      list_keydelete: fn -> List.keydelete([{:b, 1} | :x], :a, 0) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{name}: " <> Exception.format(:error, e, Enum.take(__STACKTRACE__, 2)))
  end
end
