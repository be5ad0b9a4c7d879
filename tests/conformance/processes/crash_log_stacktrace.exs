# The logged stack trace of a crashed process lists its frames, from named functions and an anonymous one.
defmodule Deep do
  def a(x), do: b(x) + 1
  def b(x), do: c(x) * 2
  def c(x), do: div(100, x) - 1

  def run do
    {pid, ref} =
      spawn_monitor(fn ->
        Deep.a(0)
        :not_reached
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _stack}} ->
        Process.sleep(200)
        IO.inspect(reason)
    end


    {pid, ref} =
      spawn_monitor(fn ->
        {:ok, v} = Enum.fetch([1, 2], 5)
        v
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _stack}} ->
        Process.sleep(200)
        IO.inspect(reason)
    end

    IO.puts("done")
  end
end

Deep.run()
