# user.name on nil is a KeyError, as for any value that is neither a map nor a module.
defmodule Profile do
  def label(user), do: "#{user.name} <#{user.email}>"
end

IO.puts(Profile.label(%{name: "Ada", email: "ada@example.com"}))
IO.puts(Profile.label(nil))
