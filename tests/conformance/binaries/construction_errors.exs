# A segment that cannot be built raises ArgumentError naming the segment, its
# type and what was wrong with its value or size; the raw error is :badarg
# with the cause in the stack trace's error_info.
f = fn x -> try do <<x::binary>> rescue e -> IO.puts(Exception.message(e)) end end
f.([1, 2])
f.('abc')
f.(%{a: 1})
f.({1, "x"})
f.(1.5)
g = fn x -> try do <<x::integer>> rescue e -> IO.puts(Exception.message(e)) end end
g.("a")
g.(1.0)
u = fn x -> try do <<x::utf16>> rescue e -> IO.puts(Exception.message(e)) end end
u.(0x110000)
u.(:a)
s = fn x, n -> try do <<x::size(n)>> rescue e -> IO.puts(Exception.message(e)) end end
s.(1, :a)
s.(1, -2)
b = fn x, n -> try do <<x::bits-size(n)>> rescue e -> IO.puts(Exception.message(e)) end end
b.(<<1::3>>, 4)
b.("abc", 2)
z = fn x -> try do <<x::float-size(16)>> rescue e -> IO.puts(Exception.message(e)) end end
z.(1.0e10)
x = 1
try do
  "a" <> x
rescue
  e -> IO.puts(Exception.message(e))
end
defmodule B do
  def build(x), do: <<x::binary, "!">>
end
try do
  B.build(1)
catch
  :error, e -> IO.inspect({e, hd(__STACKTRACE__)})
end
