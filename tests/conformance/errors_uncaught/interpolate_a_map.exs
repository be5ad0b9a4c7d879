# Interpolating a map: String.Chars has no implementation for it, and the frames are Elixir's.
defmodule Greeting do
  def for(user), do: "Hello, #{user.name} (#{user})"
end

IO.puts(Greeting.for(%{name: "Ada"}))
