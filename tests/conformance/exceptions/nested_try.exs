# Inner handlers run first; unhandled kinds propagate to outer ones.
r = try do
  try do
    throw(:up)
  rescue
    _ -> :inner_rescue_does_not_catch_throws
  end
catch
  :up -> :outer_catch
end
IO.inspect(r)
r = try do
  try do
    raise ArgumentError, "a"
  rescue
    e in RuntimeError -> {:wrong, e}
  after
    IO.puts("inner after")
  end
rescue
  e in ArgumentError -> {:outer, e.message}
end
IO.inspect(r)
