# After IO.binread/2 by count, what standard input had buffered stays Latin-1: IO.read/2 then gets those bytes, not UTF-8.
IO.inspect(IO.binread(:stdio, 2))
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.read(:stdio, 3))
IO.inspect(IO.binread(:stdio, :line))
IO.inspect(IO.read(:stdio, :eof))
