# A rescued and re-raised error keeps its original message when uncaught.
defmodule T do
  def risky, do: raise(ArgumentError, "bad input")

  def wrapper do
    risky()
  rescue
    e ->
      IO.puts("cleaning up")
      reraise e, __STACKTRACE__
  end
end

T.wrapper()
