# Kernel's macros and special forms can be called by their full name: Kernel.raise, Kernel.match?, Kernel.if
IO.inspect(Kernel.if(true, do: 1, else: 2))
IO.inspect(Kernel.unless(false, do: :u))
IO.inspect(Kernel.is_nil(nil))
IO.inspect(Kernel.+(1, 2))
IO.inspect(Kernel.to_string(:a))
IO.inspect(Kernel.<>("a", "b"))
IO.inspect(Kernel.++([1], [2]))
IO.inspect(Kernel.and(true, false))
IO.inspect(Kernel.||(nil, 2))
IO.inspect(Kernel.!(nil))
IO.inspect(Kernel.in(1, [1]))
IO.inspect(Kernel.is_struct(%{}))
IO.inspect(Kernel.=~("abc", "b"))
IO.inspect(Kernel.|>(1, Integer.to_string()))
IO.inspect(Kernel.then(1, &(&1 + 1)))
IO.inspect(Kernel.match?({_, _}, {1, 2}))
IO.inspect(Kernel.match?([_ | _], []))
IO.inspect(Kernel.get_in(%{a: %{b: 1}}, [:a, :b]))
IO.inspect(Kernel.**(2, 3))

try do
  Kernel.raise("boom")
rescue
  e -> IO.inspect(e)
end

try do
  Kernel.raise(ArgumentError, "bad")
rescue
  e -> IO.inspect(e)
end

try do
  Kernel.raise(RuntimeError)
rescue
  e -> IO.inspect(e)
end
