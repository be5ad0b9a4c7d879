# File's bang functions raise File.Error from their own frame, at the line Elixir's lib/file.ex raises it
calls = [
  read!: fn -> File.read!("/nonexistent/x") end,
  write!: fn -> File.write!("/nonexistent/x", "a") end,
  stat!: fn -> File.stat!("/nonexistent/x") end,
  lstat!: fn -> File.lstat!("/nonexistent/x") end,
  ls!: fn -> File.ls!("/nonexistent/x") end,
  mkdir!: fn -> File.mkdir!("/nonexistent/x") end,
  rmdir!: fn -> File.rmdir!("/nonexistent/x") end,
  rm!: fn -> File.rm!("/nonexistent/x") end,
  cd!: fn -> File.cd!("/nonexistent/x") end,
  rename!: fn -> File.rename!("/nonexistent/x", "/nonexistent/y") end
]

for {name, call} <- calls do
  try do
    call.()
  rescue
    e -> IO.puts("#{name}: " <> Exception.format(:error, e, Enum.take(__STACKTRACE__, 1)))
  end
end

File.read!("/nonexistent/config.json")
