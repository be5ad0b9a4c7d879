# Function, Bitwise and Atom given what their built-ins refuse, called directly and through apply: Elixir's errors and frames
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(2)))
  end
end

bad = fn -> nil end
report.(fn -> Function.capture(bad.(), :map, 1) end)
report.(fn -> Function.capture(Enum, :map, bad.() || -1) end)
report.(fn -> Function.capture([1], bad.(), 1.0) end)
report.(fn -> Function.capture(Enum, :map, bad.() || 256) end)
report.(fn -> Function.capture(bad.() || -1, bad.() || -1, bad.() || -1) end)
report.(fn -> Function.info(bad.()) end)
report.(fn -> Function.info(&Function.identity/1, bad.() || :nope) end)
report.(fn -> Function.info(bad.(), :arity) end)
report.(fn -> Function.info(&Enum.map/2) end)
report.(fn -> apply(Function, :capture, [Enum, :map, bad.()]) end)
report.(fn -> apply(Function, :info, [bad.()]) end)
report.(fn -> apply(Function, :info, [bad.(), :arity]) end)
report.(fn -> Bitwise.band(bad.(), 1) end)
report.(fn -> Bitwise.bsl(1, bad.()) end)
report.(fn -> Bitwise.bnot(bad.()) end)
for {f, a} <- Bitwise.__info__(:functions) do
  report.(fn -> apply(Bitwise, f, List.duplicate(bad.(), a)) end)
end
report.(fn -> for {f, a} <- Bitwise.__info__(:functions), do: apply(Bitwise, f, Enum.take([12, 2], a)) end)
report.(fn -> Atom.to_string(bad.() || 1) end)
report.(fn -> Atom.to_charlist(bad.() || 1) end)
report.(fn -> apply(Atom, :to_string, [1]) end)
report.(fn -> apply(Atom, :to_charlist, [1]) end)
