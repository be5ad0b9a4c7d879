# An uncaught FunctionClauseError from Range.shift/2: its first..last//step head and guards, marked, and its stack
range = Enum.find([%Range{first: 1, last: 3, step: nil}], fn _ -> true end)
IO.puts("before")
Range.shift(range, 1)
