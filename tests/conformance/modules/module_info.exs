# __MODULE__, module atoms, and calling functions by name with apply.
defmodule Info do
  def me, do: __MODULE__
  def double(x), do: x * 2
end

IO.inspect(Info.me())
IO.inspect(apply(Info, :double, [21]))
mod = Info
IO.inspect(mod.double(4))
IO.inspect(function_exported?(Info, :double, 1))
IO.inspect(is_atom(Info))
IO.inspect(Module.split(Info))
IO.inspect(Module.concat([Foo, "Bar", :Baz]))
IO.inspect(Code.ensure_loaded?(Info))
