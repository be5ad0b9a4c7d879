Enum.each list, fn x ->
  IO.puts x
end