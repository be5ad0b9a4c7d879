# catch :throw, :exit and :error values, with kind patterns.
r = try do
  throw(:ball)
catch
  :ball -> :caught_ball
end
IO.inspect(r)
r = try do
  throw({:data, 42})
catch
  {:data, n} -> n
end
IO.inspect(r)
r = try do
  exit(:shutdown)
catch
  :exit, reason -> {:exit, reason}
end
IO.inspect(r)
r = try do
  :erlang.error(:badarith)
catch
  :error, reason -> {:error, reason}
end
IO.inspect(r)
r = try do
  1 / Enum.random([0])
catch
  kind, reason -> {kind, reason}
end
IO.inspect(r)
r = try do
  raise "as error"
catch
  :error, e -> {:error_struct, e}
end
IO.inspect(r)
