case f() do
  {:ok, _} = r -> r
  other -> other
end