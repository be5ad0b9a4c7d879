# <> with a literal that is not a binary fails while Kernel.<>/2 expands, before anything runs
IO.puts("never printed")
count = 3
IO.puts("count: " <> Integer.to_string(count) <> " items, total " <> 42)
