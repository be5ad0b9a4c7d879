# An error in a function Enum.each calls for each pair of a map: :maps.fold_1 is in the trace.
defmodule Settings do
  def check(config) do
    Enum.each(config, fn {key, value} ->
      if value == nil, do: raise(ArgumentError, "#{key} is missing")
    end)
  end
end

Settings.check(%{host: "localhost", port: 4000})
IO.puts("ok")
Settings.check(%{host: "localhost", port: nil})
