# :erlang.memory/0,1: a keyword list of byte counts; only the shape and types are checked.
mem = :erlang.memory()
IO.inspect(Keyword.keys(mem))
IO.inspect(Enum.all?(mem, fn {_, v} -> is_integer(v) and v >= 0 end))
IO.inspect(mem[:total] == mem[:processes] + mem[:system])
IO.inspect(mem[:processes_used] <= mem[:processes])

for kind <- [:total, :processes, :processes_used, :system, :atom, :atom_used, :binary, :code, :ets] do
  n = :erlang.memory(kind)
  IO.inspect({kind, is_integer(n) and n >= 0})
end

IO.inspect(:erlang.memory(:total) > 0)
