# Calling a private function from outside its module fails at run time.
defmodule T do
  defp hidden, do: :secret
  def visible, do: hidden()
end

IO.inspect(T.visible())
T.hidden()
