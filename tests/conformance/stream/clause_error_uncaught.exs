# An uncaught FunctionClauseError from Stream.take/2: the attempted clause and Elixir's frames
IO.puts("before")
stream = Stream.take([1, 2], :all)
IO.inspect(Enum.to_list(stream))
