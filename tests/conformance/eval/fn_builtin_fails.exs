Enum.map([1, 2], fn x -> x * 2 + :two end)
