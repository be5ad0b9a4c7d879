# Reading from :stderr or from a device no process serves answers an error tuple; a bad count or device raises.
IO.inspect(IO.read(:stderr, :line))
IO.inspect(IO.gets(:stderr, "not shown "))
IO.inspect(IO.read(:stderr, 3))
IO.inspect(IO.read(:stderr, :eof))
IO.inspect(IO.read(:stderr, :all))
IO.inspect(IO.binread(:stderr, :line))
IO.inspect(IO.binread(:stderr, 3))
IO.inspect(IO.read(:nobody, :line))
IO.inspect(IO.binread(:nobody, :line))
IO.inspect(IO.gets(:nobody, "x"))

for fun <- [fn -> IO.read(:stdio, -1) end, fn -> IO.read(:stdio, :word) end, fn -> IO.binread(:stdio, 1.5) end,
            fn -> IO.gets(%{}) end, fn -> IO.read(123, :line) end, fn -> IO.stream(:stdio, 0) end] do
  try do
    fun.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
