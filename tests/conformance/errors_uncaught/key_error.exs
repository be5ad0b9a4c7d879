# An uncaught KeyError from Map.fetch!.
defmodule T do
  def config, do: %{host: "localhost"}
end

Map.fetch!(T.config(), :port)
