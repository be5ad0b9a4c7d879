# List functions given what none of their clauses take: Elixir lists the clauses it tried, at its own lines
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

bad = fn -> nil end
report.(fn -> List.first(bad.()) end)
report.(fn -> List.first(:a, 0) end)
report.(fn -> List.last(bad.()) end)
report.(fn -> List.last([1 | 2]) end)
report.(fn -> List.last(:a, 0) end)
report.(fn -> List.delete([1 | 2], 3) end)
report.(fn -> List.delete_at([1], :a) end)
report.(fn -> List.delete_at(bad.(), 1) end)
report.(fn -> List.pop_at(bad.(), 1) end)
report.(fn -> List.insert_at(bad.(), 1, 1) end)
report.(fn -> List.insert_at([1 | 2], 3, 1) end)
report.(fn -> List.replace_at([1], :a, 1) end)
report.(fn -> List.replace_at([1 | 2], 3, 1) end)
report.(fn -> List.update_at(bad.(), 0, :nofun) end)
report.(fn -> List.foldl(bad.(), 0, :nofun) end)
report.(fn -> List.foldr([1], 0, :a) end)
report.(fn -> List.starts_with?([1], :a) end)
report.(fn -> List.starts_with?(:a, []) end)
report.(fn -> List.improper?(:a) end)
report.(fn -> List.ascii_printable?(bad.()) end)
report.(fn -> List.ascii_printable?([], -1) end)
report.(fn -> List.zip(:a) end)
report.(fn -> List.zip([[1], nil]) end)
report.(fn -> List.keyfind([], :a, nil) end)
report.(fn -> List.keyfind!([], :a, 0) end)
report.(fn -> List.keymember?([], :a, nil) end)
report.(fn -> List.keydelete([], :a, nil) end)
report.(fn -> List.keyreplace([], :a, nil, {:a}) end)
report.(fn -> List.keystore([], :a, nil, {:a}) end)
report.(fn -> List.keytake([], :a, nil) end)
report.(fn -> List.keysort(bad.(), 0) end)
report.(fn -> List.keysort([], nil, :desc) end)
report.(fn -> List.myers_difference([1], bad.()) end)
report.(fn -> List.myers_difference([1], [2], nil) end)
report.(fn -> List.to_charlist(bad.()) end)
report.(fn -> List.to_charlist([nil]) end)
report.(fn -> List.to_string(bad.()) end)
