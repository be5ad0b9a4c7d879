# Calling an undefined local function is a compile error.
defmodule T do
  def run, do: helper(1)
end

IO.puts("never printed")
