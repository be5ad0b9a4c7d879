Enum.each(1..3, fn x -> if x == 2, do: raise("stop at #{x}"), else: IO.puts(x) end)
