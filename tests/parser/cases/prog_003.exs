try do
  raise ArgumentError, message: "bad"
rescue
  e in [ArgumentError, RuntimeError] -> {:caught, e}
  _ -> :other
catch
  :throw, value -> value
else
  v -> v
after
  IO.puts "done"
end