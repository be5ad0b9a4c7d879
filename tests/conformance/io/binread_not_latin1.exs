# IO.binread/2 of input holding a character beyond Latin-1 gives {:error, :collect_chars} and drops what standard input had buffered.
IO.inspect(IO.binread(:stdio, 2))
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.binread(:stdio, :eof))
