# Capture placeholders can be reordered, repeated and nested in data.
sub = &(&2 - &1)
IO.inspect(sub.(1, 10))
sq = &(&1 * &1)
IO.inspect(sq.(9))
mk = &%{id: &1, tags: [&2]}
IO.inspect(mk.(1, :t))
tup = &{&1, &2, &3}
IO.inspect(tup.(:a, :b, :c))
IO.inspect(Enum.map([1, 2, 3], &(&1 |> Integer.to_string() |> String.pad_leading(3, "0"))))
IO.inspect(Enum.sort([3, 1, 2], &>=/2))
