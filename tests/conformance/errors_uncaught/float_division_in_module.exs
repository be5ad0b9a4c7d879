# Dividing by zero in a module: BEAM's float division fails in the function's own frame.
defmodule Stats do
  def mean(list), do: Enum.sum(list) / length(list)
end

IO.puts(Stats.mean([1, 2, 3, 4]))
IO.puts(Stats.mean([]))
