# A spawned process that raises is logged by Logger ("Process ... raised an exception"); the script and other processes go on.
defmodule Crash do
  def boom(x), do: raise(ArgumentError, "bad value: #{inspect(x)}")

  def counter(n) do
    receive do
      {:add, k} ->
        counter(n + k)

      {:get, from} ->
        send(from, {:count, n})
        counter(n)
    end
  end

  def run do
    c = spawn(fn -> counter(0) end)
    send(c, {:add, 5})
    {pid, ref} = spawn_monitor(fn -> boom(42) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {%ArgumentError{message: msg}, [top | _]}} ->
        # let Logger print its report before this process prints anything
        Process.sleep(200)
        IO.inspect(msg)
        {mod, fun, arity, _location} = top
        IO.inspect({mod, fun, arity})
    end

    IO.puts("the script is still running")
    send(c, {:add, 10})
    send(c, {:get, self()})

    receive do
      {:count, n} -> IO.inspect(n)
    end

    IO.inspect(Process.alive?(c))
  end
end

Crash.run()
