# An uncaught BadArityError (a named capture keeps the message deterministic).
defmodule T do
  def v(x), do: x
end

f = T.v(&T.v/1)
IO.puts("calling")
f.(1, 2)
