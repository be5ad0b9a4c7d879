# spawn/1 runs a fun in a new process that can send back to its parent; self() differs.
parent = self()
pid = spawn(fn -> send(parent, {:hello_from, self(), 1 + 2}) end)
IO.inspect(is_pid(pid))
IO.inspect(pid != self())

receive do
  {:hello_from, ^pid, n} -> IO.puts("got #{n} from the child")
end

IO.inspect(is_pid(self()))
IO.inspect(self() == self())
