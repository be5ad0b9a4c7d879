# String literals with escape sequences.
IO.puts("tab:\tend")
IO.puts("newline:\nnext")
IO.puts("quote: \" backslash: \\")
IO.inspect("a\tb\nc\rd\e\0")
IO.inspect("\x41\u00e9\u{1F600}")
IO.inspect("bell\a")
IO.puts("dollar \#{not interpolated}")
IO.inspect("hash # sign")
IO.inspect("\s")
IO.inspect(<<255>>)
IO.inspect("multi
line")
