# An uncaught error in a resource's next function: its after function runs, then Elixir's frames through Stream
IO.puts("before")

Stream.resource(fn -> 0 end, fn n -> if n > 2, do: raise("boom"), else: {[n], n + 1} end, fn _ -> IO.puts("closed") end)
|> Stream.map(&(&1 * 2))
|> Enum.to_list()
