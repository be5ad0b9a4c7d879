# :erlang.error/2 puts the given arguments in the top frame: Map.get(:settings, :port, nil).
defmodule Server do
  def port(settings), do: Map.get(settings, :port) || 4000
end

IO.puts(Server.port(%{port: 8080}))
IO.puts(Server.port(%{}))
IO.puts(Server.port(:settings))
