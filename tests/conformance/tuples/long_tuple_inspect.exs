# Large tuples wrap at 80 columns like lists.
t = List.to_tuple(Enum.to_list(1..40))
IO.inspect(t)
IO.inspect({:a_long_atom_name, "a fairly long string value", [1, 2, 3], %{key: :value}, 12345})
IO.inspect(List.to_tuple(Enum.to_list(1..60)))
