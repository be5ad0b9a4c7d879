# A map of more than 32 keys lists them in BEAM's hash order, the same for
# every way of building it; at 32 keys or fewer it is sorted again.
ints = Map.new(1..40, &{&1, &1 * &1})
IO.inspect(ints)
IO.inspect(Map.keys(ints) == Map.keys(Map.new(Enum.to_list(40..1), &{&1, 0})))
IO.inspect(Map.values(ints), limit: 8)
IO.inspect(Map.to_list(ints), limit: 4)
IO.inspect(Map.put(ints, 41, 0), limit: 6)
IO.inspect(Map.delete(ints, 12), limit: 6)
IO.inspect(Map.drop(ints, Enum.to_list(33..40)), limit: 6)

# every kind of key BEAM hashes from the value alone
IO.inspect(Map.new(-20..20, &{&1, 0}) |> Map.keys())
IO.inspect(Map.new(1..34, &{&1 * 1_000_000_000_000_000_000, 0}) |> Map.keys(), limit: 6)
IO.inspect(Map.new(1..34, &{-&1 * 576_460_752_303_423_488, 0}) |> Map.keys(), limit: 6)
IO.inspect(Map.new(1..40, &{&1 / 4, 0}) |> Map.keys())
IO.inspect(Map.new(1..40, &{"key #{&1}", 0}) |> Map.keys())
IO.inspect(Map.new(1..40, &{String.duplicate("ab", &1), 0}) |> Map.keys(), limit: 5)
IO.inspect(Map.new(1..40, &{<<&1::5>>, 0}) |> Map.keys())
IO.inspect(Map.new(1..40, &{'k#{&1}', 0}) |> Map.keys())
IO.inspect(Map.new(1..40, &{[&1, [&1 + 1000]], 0}) |> Map.keys(), limit: 8)
IO.inspect(Map.new(1..40, &{[&1 | 2.5], 0}) |> Map.keys(), limit: 8)
IO.inspect(Map.new(1..40, &{{&1, "x", -&1}, 0}) |> Map.keys(), limit: 8)
IO.inspect(Map.new(1..40, &{%{&1 => [&1]}, 0}) |> Map.keys(), limit: 8)
IO.inspect(Map.new(0..39, &{List.duplicate([], &1), 0}) |> Map.keys() |> Enum.map(&length/1))

# binaries cut from the middle of others hash as their bytes
<<_::3, cut::bitstring>> = :binary.copy("vial", 10)
IO.inspect(Map.new(1..40, &{binary_part(:binary.copy("abcdefgh", 6), &1, 7), &1}) |> Map.values())
IO.inspect(Map.new(1..40, &{<<cut::bitstring, &1>>, &1}) |> Map.values())

# the order survives printing with :io.format, which walks maps as
# :maps.iterator does: in the reverse order for a large map
:io.format("~w~n", [Map.new(1..34, &{&1, 0})])
:io.format("~p~n", [Map.new(1..34, &{&1, 0})])
