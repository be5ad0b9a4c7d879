# System.get_env given an atom, uncaught: Elixir's head with its or'ed guards, at Elixir's line
defmodule Settings do
  def home, do: System.get_env(:HOME) || "/"
end

IO.puts(Settings.home())
