for {k, v} <- map, is_atom(k), into: %{} do
  {v, k}
end