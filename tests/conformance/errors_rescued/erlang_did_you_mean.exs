# A missing function of an Erlang module suggests the module's functions of that name or close to it, as for Elixir modules
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(e))
  end
end

report.(fn -> apply(:math, :sqr, [4]) end)
report.(fn -> apply(:lists, :reverse, [1, 2, 3]) end)
report.(fn -> apply(:maps, :gett, [1, %{}]) end)
report.(fn -> apply(:erlang, :lenght, [[]]) end)
report.(fn -> apply(:lists, :keyfnd, [1, 1, []]) end)
report.(fn -> apply(:string, :uppercase, [1, 2]) end)
report.(fn -> apply(:binary, :splitt, ["a", ","]) end)
