# Lines read from standard input end in "\n" where the input has "\r\n"; reads by count and IO.binread(:stdio, :eof) keep the "\r".
IO.inspect(IO.gets(""))
IO.inspect(IO.binread(:stdio, :line))
IO.inspect(IO.read(:stdio, 4))
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.binread(:stdio, :eof))
