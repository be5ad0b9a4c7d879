# Pids and references as text: :erlang.pid_to_list/1, list_to_pid/1 and
# ref_to_list/1, with the errors their bad arguments raise.
pid = self()
text = :erlang.pid_to_list(pid)
IO.inspect(is_list(text))
IO.inspect(:erlang.list_to_pid(text) == pid)
IO.inspect("#PID" <> List.to_string(text) == inspect(pid))
IO.inspect(is_pid(:erlang.list_to_pid(~c"<0.42.0>")))
IO.inspect(:erlang.ref_to_list(make_ref()) |> Enum.take(5))

for bad <- [~c"<0.1>", ~c"0.1.0", ~c"<0..0>", [1, 2], ~c"<0.1.0>x", :pid] do
  try do
    :erlang.list_to_pid(bad)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

for {fun, arg} <- [pid_to_list: :not_a_pid, ref_to_list: self()] do
  try do
    apply(:erlang, fun, [arg])
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
