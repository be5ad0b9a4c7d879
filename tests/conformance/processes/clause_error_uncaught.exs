# Process.sleep given a timeout no clause takes, uncaught: the report lists Elixir's clause with its two guards
defmodule Nap do
  def take(minutes), do: Process.sleep(minutes) && :rested
end

Nap.take(:forever)
