# A module compiles when its defmodule runs: the script's code before it has
# run by the time the module's compile error stops the script.
IO.puts("before the module")
IO.puts(:stderr, "on stderr before the module")

defmodule Broken do
  def ok, do: :ok
  def broken, do: missing_function()
end

IO.puts("never printed")
