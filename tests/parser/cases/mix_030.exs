def foo(a) when a > 1 do
  a
end