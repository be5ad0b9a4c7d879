# __DIR__ and __ENV__ say where code is; run from the parent folder, files are named from there
IO.puts(Path.relative_to_cwd(__DIR__))
IO.puts(Path.relative_to_cwd(__ENV__.file))
IO.inspect({__ENV__.line, __ENV__.module, __ENV__.function})

defmodule Where do
  IO.inspect({__ENV__.module, __ENV__.function}, label: "module body")

  def here(arg \\ :default), do: {arg, __ENV__.function, __ENV__.line}
  def in_fn, do: Enum.map([1], fn _ -> __ENV__.function end)
  def dir, do: Path.basename(__DIR__)
  def fail(x) when is_integer(x), do: x
end

IO.inspect(Where.here())
IO.inspect(Where.in_fn())
IO.inspect(Where.dir())
unused = 1
Where.fail(:not_an_integer)
