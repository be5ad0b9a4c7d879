# Process.put/get/delete/get_keys: the process dictionary, private to each process.
defmodule PDict do
  def run do
    IO.inspect(Process.get())
    IO.inspect(Process.get(:missing))
    IO.inspect(Process.get(:missing, :default))
    IO.inspect(Process.put(:a, 1))
    IO.inspect(Process.put(:a, 2))
    Process.put({:complex, "key"}, [1, 2, 3])
    Process.put(:b, 2)
    IO.inspect(Process.get(:a))
    IO.inspect(Process.get({:complex, "key"}))
    IO.inspect(Enum.sort(Process.get_keys()))
    IO.inspect(Enum.sort(Process.get_keys(2)))
    IO.inspect(Process.delete(:a))
    IO.inspect(Process.delete(:a))
    IO.inspect(Enum.sort(Process.get_keys()))
    IO.inspect(Enum.sort(Process.get()))

    parent = self()

    spawn(fn ->
      Process.put(:child_only, true)
      send(parent, {:child, Process.get(:b), Process.get_keys(), Process.get(:child_only)})
    end)

    receive do
      m -> IO.inspect(m)
    end

    IO.inspect(Process.get(:child_only))
    {:dictionary, dict} = Process.info(self(), :dictionary)
    IO.inspect(Enum.sort(dict))
  end

  def main do
    # run in a fresh process: the script's own process holds Elixir's internal keys
    {pid, ref} = spawn_monitor(&PDict.run/0)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    # the script's process sees only its own keys
    Process.put(:main_key, :main_value)
    IO.inspect(Process.get(:main_key))
    IO.inspect(Process.get(:b))
  end
end

PDict.main()
