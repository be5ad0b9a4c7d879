# struct!/2 and __struct__/1 given unknown keys, missing enforced keys or what is not a pair: Elixir's errors, in the struct's own location-less frames
defmodule Plain do
  defstruct [:a, b: 2]
end

defmodule Enforced do
  @enforce_keys [:x]
  defstruct [:x, :y]
end

report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(4)))
  end
end

report.(fn -> struct!(Plain, c: 1) end)
report.(fn -> struct!(Plain, [1]) end)
report.(fn -> struct!(Plain, a: 1) end)
report.(fn -> struct!(Enforced, y: 1) end)
report.(fn -> struct!(Enforced, z: 1) end)
report.(fn -> struct!(Enforced, x: 1) end)
report.(fn -> Plain.__struct__(c: 1) end)
report.(fn -> Enforced.__struct__(y: 2) end)
report.(fn -> struct!(Range, first: 1) end)
report.(fn -> struct!(Range, x: 1) end)
report.(fn -> struct(Range, first: 1) end)
