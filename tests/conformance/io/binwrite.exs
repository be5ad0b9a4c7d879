# IO.binwrite writes each byte as a Latin-1 character (the device is Unicode); IO.write takes code points.
IO.write([200, 10])
IO.binwrite([200, 10])
IO.binwrite(["é", 10])
IO.binwrite(<<255, ?\n>>)
IO.binwrite("plain ascii\n")
IO.inspect(IO.binwrite([1000]))

try do
  IO.binwrite(:not_iodata)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

# IO.write sends a lone binary as it is, but chardata in a list must be
# valid UTF-8 (IO.puts makes a list of its argument and a newline).
IO.write(<<?x, 255, ?\n>>)

for attempt <- [fn -> IO.puts(<<"ok", 200>>) end, fn -> IO.write(["a", <<255>>]) end] do
  try do
    attempt.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
