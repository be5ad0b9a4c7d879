# Kernel's ordinary functions (**, =~, binary_slice, macro_exported?) and its built-in wrappers called through apply: Elixir's clauses, lines and errors
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(2)))
  end
end

bad = fn -> nil end
report.(fn -> {2 ** 10, 2 ** -1, 2.0 ** 2, 0 ** 0} end)
report.(fn -> (bad.() || :a) ** 2 end)
report.(fn -> 0 ** (bad.() || -1) end)
report.(fn -> {"abc" =~ "b", "abc" =~ "", "abc" =~ "z"} end)
report.(fn -> bad.() =~ "a" end)
report.(fn -> apply(Kernel, :=~, [1, 2]) end)
b = "abcdef"
report.(fn -> for {s, n} <- [{0, 2}, {2, 10}, {-2, 5}, {-10, 3}, {10, 2}, {6, 0}, {-6, 6}], do: binary_slice(b, s, n) end)
report.(fn -> for r <- [0..2, 2..-1//1, -3..-1, 1..10, 5..1//1, 0..5//2, -10..2, 10..12, 0..-1//1, -1..-1], do: binary_slice(b, r) end)
report.(fn -> binary_slice(b, 0, bad.() || -1) end)
report.(fn -> binary_slice([1], 0..1) end)
report.(fn -> binary_slice(b, 2..0//-1) end)
report.(fn -> {macro_exported?(Kernel, :if, 2), macro_exported?(Enum, :map, 2), macro_exported?(Nope, :x, 1)} end)
report.(fn -> macro_exported?(Kernel, :if, bad.()) end)
report.(fn -> Enum.take(Kernel.__info__(:macros), 5) end)

calls = [abs: [nil], div: [nil, 1], rem: [1, nil], round: [nil], trunc: [nil], ceil: [nil], floor: [nil], hd: [[]], tl: [nil], length: [nil], tuple_size: [nil], map_size: [nil]]
calls = calls ++ [byte_size: [nil], bit_size: [nil], not: [nil], binary_part: [nil, nil, nil], binary_part: ["abc", 5, 1], function_exported?: [1, 2, :x], inspect: [1, nil]]
calls = calls ++ [{:++, [nil, []]}, {:--, [nil, []]}, {:-, [nil]}, {:+, [nil, 1]}, {:-, [1, nil]}, {:*, [nil, 1]}]

for {f, args} <- calls do
  report.(fn -> apply(Kernel, f, args) end)
end
