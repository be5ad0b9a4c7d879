receive do
  {:msg, from, payload} when is_pid(from) ->
    send(from, {:reply, payload})
  :stop -> :ok
after
  1_000 -> :timeout
end