# How captures of a module's own functions inspect (the function's name) beside fns (the function they were written in)
defmodule Caps do
  def private_one, do: &helper/1
  def public_one, do: &visible/2
  def written_fn, do: fn x -> x end
  def nested, do: Enum.map([1], fn _ -> &helper/1 end)
  defp helper(x), do: x
  def visible(x, y), do: {x, y}
end

show = fn f -> IO.puts(inspect(f) |> String.split(" in ") |> List.last()) end
show.(Caps.private_one())
show.(Caps.public_one())
show.(Caps.written_fn())
show.(hd(Caps.nested()))
show.(&Caps.visible/2)
IO.inspect({Function.info(Caps.private_one(), :name), Function.info(Caps.written_fn(), :arity), Caps.private_one().(7)})
