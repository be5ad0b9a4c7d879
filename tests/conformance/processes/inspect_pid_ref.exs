# inspect of pids and references: #PID<0.N.0> and #Reference<...> (numbers normalized by the test runner).
defmodule InspectPR do
  def run do
    IO.inspect(self())
    IO.puts(inspect(self()))
    ref = make_ref()
    IO.inspect(ref)
    IO.puts("ref: #{inspect(ref)}")
    IO.inspect({self(), [ref]})
    IO.inspect(%{pid: self()})
    IO.inspect(String.starts_with?(inspect(self()), "#PID<0."))
    IO.inspect(String.starts_with?(inspect(ref), "#Reference<0."))
    IO.inspect(String.ends_with?(inspect(self()), ">"))
    pid = spawn(fn -> :ok end)
    IO.inspect(inspect(pid) != inspect(self()))
  end
end

InspectPR.run()
