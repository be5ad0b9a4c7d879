# Long lists wrap at 80 columns and truncate after 50 elements by default.
IO.inspect(Enum.to_list(1..30))
IO.inspect(Enum.to_list(1..100))
IO.inspect(Enum.map(1..20, &(&1 * 1000)))
IO.inspect(Enum.map(1..12, &"item number #{&1}"))
IO.inspect(Enum.to_list(1..100), limit: :infinity)
IO.inspect(Enum.to_list(1..10), limit: 3)
IO.inspect([Enum.to_list(1..60)])
