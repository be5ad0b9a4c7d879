# defstruct with defaults; %M{} construction and inspect.
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Person do
  defstruct [:name, age: 0, tags: []]
end

# Struct literals need the struct's module compiled first, so the script's
# code lives in a function of a module defined after it.
defmodule Main do
  def run do
    IO.inspect(%Point{})
    IO.inspect(%Point{x: 3})
    IO.inspect(%Person{name: "Ann"})
    IO.inspect(%Person{})
    p = %Point{x: 1, y: 2}
    IO.inspect(p.x + p.y)
    IO.inspect(p.__struct__)
    IO.inspect(is_map(p))
    IO.inspect(is_struct(p))
    IO.inspect(is_struct(p, Point))
    IO.inspect(is_struct(p, Person))
    IO.inspect(Map.keys(p))
    IO.inspect(Map.from_struct(p))
    IO.inspect(struct(Point, x: 9))
    IO.inspect(struct(Point, %{y: 7, z: 1}))
  end
end

Main.run()
