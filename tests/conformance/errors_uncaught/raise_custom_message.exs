# An uncaught KeyError from map.key access on a missing key.
defmodule T do
  def config, do: %{name: "app"}
end

IO.puts(T.config().name)
IO.puts(T.config().version)
