# %{m | k: v} updates existing keys only; Map.put adds.
m = %{a: 1, b: 2}
IO.inspect(%{m | a: 10})
IO.inspect(%{m | a: 10, b: 20})
IO.inspect(%{m | :b => 3})
IO.inspect(Map.put(m, :c, 3))
IO.inspect(Map.put(m, :a, :replaced))
IO.inspect(%{m | a: %{nested: true}}.a.nested)
IO.inspect(Map.merge(m, %{b: :merged, z: 26}))
IO.inspect(Map.merge(m, %{b: 5}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(%{%{m | a: 0} | b: 0})
IO.inspect(m)
