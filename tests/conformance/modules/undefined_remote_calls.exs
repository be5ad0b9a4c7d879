# Once the script has run, calls and captures that name a module nobody
# defined, or a function its module lacks, are reported as warnings, one per
# callee with every place it is called from. Code that never runs is checked
# too; a module defined later in the file counts.
defmodule Shapes do
  def area({:square, side}), do: side * side
  def perimeter({:square, side}), do: 4 * side
  defp secret, do: :hidden
  def reveal, do: secret()
end

defmodule Report do
  def run(shape) do
    IO.puts("area #{Shapes.area(shape)}")
    IO.puts("perimeter #{Shapes.perimeter(shape)}")
    IO.puts("drawn by #{Later.name()}")
  end

  def never_called(shape) do
    Shapes.aera(shape)
    Shapes.area(shape, :cm)
    Shapes.secret()
    _ = Shapes.permeter(shape) + Shapes.permeter(shape)
    Geometry.Missing.area(shape)
    Enum.mapp([shape], &Shapes.area/1)
    String.upcase(shape, :ascii, :extra)
    Enum.map([shape], &Shapes.volume/1)
    :no_such_erlang_module.run(shape)
  end

  def also_never(shape), do: Shapes.aera(shape) || Geometry.Missing.area(shape)
end

defmodule Later do
  def name, do: "Later"
end

Report.run({:square, 3})
