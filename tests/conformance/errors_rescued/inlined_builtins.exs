# Calls Elixir compiles straight into Erlang built-ins (List.to_atom, Tuple.append, Process.send, Kernel.length...) fail in the built-in, with no frame of the Elixir function
x = fn v -> v end
for {n, f} <- [
  to_atom: fn -> List.to_atom(x.(:a)) end,
  to_existing_atom: fn -> List.to_existing_atom(x.(:a)) end,
  to_float: fn -> List.to_float(x.(:a)) end,
  to_integer: fn -> List.to_integer(x.(:a)) end,
  to_integer2: fn -> List.to_integer(x.(:a), 10) end,
  to_tuple: fn -> List.to_tuple(x.(:a)) end,
  first: fn -> List.first(x.(:a)) end,
  kf: fn -> List.keyfind(x.(:a), 1, 0) end,
  km: fn -> List.keymember?(x.(:a), 1, 0) end,
  wrap: fn -> List.wrap(x.(:a)) end,
  kwget: fn -> Keyword.get(x.(:a), :b) end,
  tup: fn -> Tuple.append(x.(:a), 1) end,
  tupi: fn -> Tuple.insert_at(x.(:a), 0, 1) end,
  tupd: fn -> Tuple.delete_at(x.(:a), 0) end,
  tupdup: fn -> Tuple.duplicate(1, x.(:a)) end,
  ts: fn -> tuple_size(x.(:a)) end,
  ilen: fn -> Integer.digits(x.(:a)) end,
  sfloat: fn -> Float.to_string(x.(:a)) end,
  strlen: fn -> String.length(x.(:a)) end,
  bsize: fn -> byte_size(x.(:a)) end,
  mget: fn -> Map.get(x.(:a), 1) end,
  mk: fn -> Map.keys(x.(:a)) end,
  enumc: fn -> Enum.count(x.(:a)) end,
  procsend: fn -> Process.send(x.(:a), 1, []) end,
  kern: fn -> Kernel.length(x.(:a)) end,
] do
  try do f.() rescue e -> IO.puts("#{n}: " <> Exception.format(:error, e, Enum.take(__STACKTRACE__, 2))) end
end
