# Kernel's type-check guards on every kind of term.
values = [1, 1.0, :a, "s", 'c', [1], {1}, %{}, nil, true, fn -> 1 end, <<1::3>>, 1..2]
checks = [:is_integer, :is_float, :is_number, :is_atom, :is_binary, :is_bitstring, :is_list,
          :is_tuple, :is_map, :is_boolean, :is_function]
for c <- checks do
  row = Enum.map(values, fn v -> if apply(Kernel, c, [v]), do: "T", else: "." end)
  IO.puts(String.pad_trailing(Atom.to_string(c), 13) <> Enum.join(row))
end
