# to_string for String.Chars types versus inspect for any term.
for v <- [42, 1.5, :atom, "str", 'chars', nil, true, Foo.Bar, -0.5, 12345678901234567890] do
  IO.puts("#{inspect(v)} -> #{to_string(v)}")
end
IO.puts(inspect([1, "two", :three, {4}]))
IO.puts(inspect("quote\"d"))
IO.puts(to_string([?a, "bc", [?d]]))
IO.puts(Kernel.inspect(%{}))
