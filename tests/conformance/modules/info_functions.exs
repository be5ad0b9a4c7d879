# Every module answers __info__/1 and module_info/0,1, and an
# UndefinedFunctionError uses them to suggest what was meant.
defmodule Shape do
  @enforce_keys [:sides]
  defstruct [:sides, name: "polygon"]
  defguard is_shape(x) when is_struct(x, Shape)
  def area(_shape), do: 0
  def area(_shape, _unit), do: 0
  def perimeter(_shape), do: 0
  defp helper, do: :ok
  def uses_helper, do: helper()
end

defmodule Oops do
  defexception [:detail]
  def message(e), do: "oops: #{e.detail}"
end

IO.inspect(Shape.__info__(:module))
IO.inspect(Shape.__info__(:functions))
IO.inspect(Shape.__info__(:macros))
IO.inspect(Shape.__info__(:struct))
IO.inspect(Shape.__info__(:deprecated))
IO.inspect(Oops.__info__(:struct))
IO.inspect(Shape.module_info(:module))
IO.inspect(Shape.module_info(:exports))
IO.inspect(Keyword.keys(Shape.module_info()) -- [:md5])
IO.inspect(String.__info__(:macros))
IO.inspect(Integer.__info__(:macros))
IO.inspect({:upcase, 1} in String.__info__(:functions))
IO.inspect(function_exported?(Shape, :__info__, 1))

show = fn f ->
  try do
    f.()
  rescue
    e in UndefinedFunctionError -> IO.puts(Exception.message(e))
  end
end

mod = Shape
show.(fn -> mod.aera(1) end)
show.(fn -> mod.area(1, 2, 3) end)
show.(fn -> mod.helper() end)
show.(fn -> mod.is_shape(1) end)
show.(fn -> String.upcas("a") end)
show.(fn -> Enum.mapp([1], & &1) end)
show.(fn -> apply(Integer, :is_odd, [1]) end)
