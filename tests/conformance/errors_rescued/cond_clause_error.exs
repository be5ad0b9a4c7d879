# CondClauseError: no cond condition was truthy.
defmodule T do
  def check(x) do
    cond do
      x > 10 -> :big
      x > 5 -> :medium
    end
  end
end

try do
  T.check(1)
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
