# Map patterns match a subset of keys; the pin operator matches a key's value.
%{a: a} = %{a: 1, b: 2}
IO.inspect(a)
%{"k" => v} = %{"k" => :found}
IO.inspect(v)
key = :b
%{^key => b} = %{a: 1, b: 2}
IO.inspect(b)
f = fn
  %{type: :circle, r: r} -> 3 * r * r
  %{type: :square, side: s} -> s * s
  %{} -> :unknown
end
IO.inspect(f.(%{type: :circle, r: 2}))
IO.inspect(f.(%{type: :square, side: 3}))
IO.inspect(f.(%{other: 1}))
case %{} do
  %{} -> IO.puts("empty map pattern matches any map")
end
