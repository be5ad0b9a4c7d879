# What Logger prints for processes ending by raise, throw, an Erlang error and a failed match; exit is not logged.
defmodule Kinds do
  def await({pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} ->
        # let Logger print its report before this process prints anything
        Process.sleep(200)
        reason
    end
  end

  def run do
    r = await(spawn_monitor(fn -> raise "plain runtime error" end))
    IO.inspect(elem(r, 0))

    r = await(spawn_monitor(fn -> throw(:oops) end))
    IO.inspect(elem(r, 0))

    r = await(spawn_monitor(fn -> :erlang.error(:badarg) end))
    IO.inspect(elem(r, 0))

    r = await(spawn_monitor(fn -> {:ok, _} = Function.identity({:error, 1}) end))
    IO.inspect(elem(r, 0))

    r = await(spawn_monitor(fn -> exit(:not_logged) end))
    IO.inspect(r)
    IO.puts("end")
  end
end

Kinds.run()
