# Code in a module body outside definitions runs when the module is defined,
# in order with the script's own code; it sees the attributes defined above it.
IO.puts("before the module")

defmodule Shapes do
  @sides %{triangle: 3, square: 4}
  IO.puts("defining Shapes with #{map_size(@sides)} shapes")

  for {name, n} <- @sides do
    IO.puts("#{name} has #{n} sides")
  end

  def sides(name), do: Map.fetch!(@sides, name)

  defmodule Inner do
    total = Enum.sum([1, 2, 3])
    IO.puts("Inner body computed #{total}")
  end

  IO.puts("Shapes is done")
end

IO.puts("after the module: #{Shapes.sides(:square)}")
