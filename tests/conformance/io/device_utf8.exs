# Devices take Unicode text: stdout writes a lone binary as it is, while a
# list on stdout and anything on stderr must be UTF-8.
IO.write(<<255, 10>>)
for {dev, data} <- [{:stdio, [<<255>>]}, {:stderr, <<254>>}, {:stdio, "é\n"}, {:stderr, ["ok", ?\n]}] do
  try do
    IO.write(dev, data)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
