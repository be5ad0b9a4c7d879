# An abnormal exit kills linked processes that do not trap exits, transitively.
defmodule Chain do
  def run do
    parent = self()

    {middle, ref} =
      spawn_monitor(fn ->
        leaf =
          spawn_link(fn ->
            receive do
              :die -> exit(:leaf_failed)
            end
          end)

        send(parent, {:leaf, leaf})

        receive do
          :never -> :ok
        end
      end)

    leaf =
      receive do
        {:leaf, pid} -> pid
      end

    leaf_ref = Process.monitor(leaf)
    send(leaf, :die)

    receive do
      {:DOWN, ^leaf_ref, :process, ^leaf, reason} -> IO.inspect({:leaf, reason})
    end

    receive do
      {:DOWN, ^ref, :process, ^middle, reason} -> IO.inspect({:middle, reason})
    end

    IO.inspect(Process.alive?(middle))
    IO.inspect(Process.alive?(leaf))
  end
end

Chain.run()
