# Nested defmodule creates Outer.Inner; the inner name is aliased inside the outer module.
defmodule Outer do
  defmodule Inner do
    def name, do: __MODULE__
  end

  def call_inner, do: Inner.name()
  def name, do: __MODULE__
end

IO.inspect(Outer.name())
IO.inspect(Outer.Inner.name())
IO.inspect(Outer.call_inner())
defmodule Outer.Sibling do
  def hi, do: :sibling
end

IO.inspect(Outer.Sibling.hi())
IO.inspect(Outer.Inner |> Atom.to_string())
