# Unary plus returns a number unchanged and fails on anything else, as
# Erlang's X + 0 does.
x = 2.5
y = 3
IO.inspect({+x, +y, +1, +(-2)})

for v <- [:a, "1", [1]] do
  try do
    +v
  rescue
    e -> IO.inspect(e)
  end
end

z = :zz
+z
