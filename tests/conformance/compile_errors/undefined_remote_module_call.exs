# Calling a missing function of a stdlib module compiles, then fails at run time.
defmodule T do
  def present, do: :here
end

IO.inspect(T.present())
IO.inspect(Enum.nonexistent_function(1))
