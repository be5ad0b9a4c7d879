# Map.fetch!/2 and :maps.get/2 on literals are :erlang.map_get/2 to Erlang's compiler, which warns when they must fail.
defmodule Lookup do
  def missing_key, do: Map.fetch!(%{a: 1}, :b)
  def not_a_map, do: :maps.get(:a, [])
  def present, do: Map.fetch!(%{"a" => 1}, "a")
end

IO.inspect(Lookup.present())
IO.inspect(Map.fetch!(%{x: 1}, :y))
