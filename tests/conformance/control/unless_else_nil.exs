# Conditional expressions are values: nil when no branch is taken.
results = for x <- [1, nil, false, 0, "", []] do
  if x, do: :truthy, else: :falsy
end
IO.inspect(results)
IO.inspect(unless(nil, do: "ran unless"))
v = if false do
  :never
end
IO.inspect(v)
