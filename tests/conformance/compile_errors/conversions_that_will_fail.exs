# Conversions Elixir inlines into Erlang's built-ins, and map updates, warn
# at compile time when their literal arguments must fail
defmodule Conversions do
  def float_texts, do: [String.to_float("1.5"), String.to_float("+1.5"), String.to_float("1.0e3"), String.to_float("2.5E-1")]
  def bad_float, do: String.to_float("1")
  def bad_floats, do: {String.to_float("1e3"), String.to_float(".5"), String.to_float("1."), String.to_float(1)}
  def tuple, do: Tuple.to_list(nil)
  def list, do: List.to_tuple(:none)
  def atoms, do: {Atom.to_string("a"), Atom.to_charlist(1)}
  def integer, do: Integer.to_charlist(:a)
  def key, do: Map.has_key?(1, :a)
  def put, do: Map.put(nil, :a, Map.put(nil, :b, 1))
  def erlang_put, do: :maps.put(:a, 1, [])
  def merge, do: {Map.merge(nil, %{a: 1}), Map.merge(%{}, nil)}

  def bound do
    x = nil
    Map.put(x, :a, 1)
  end
end

IO.inspect(Conversions.float_texts())
for f <- [:bad_float, :tuple, :put] do
  try do
    apply(Conversions, f, [])
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
