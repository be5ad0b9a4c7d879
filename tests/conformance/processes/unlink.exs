# Process.unlink removes a link in both directions, so a later crash no longer propagates.
defmodule Unlink do
  def run do
    parent = self()

    {a, aref} =
      spawn_monitor(fn ->
        b =
          spawn_link(fn ->
            receive do
              :die -> exit(:b_died)
            end
          end)

        send(parent, {:b, b})
        IO.inspect(Process.info(self(), :links) == {:links, [b]})
        IO.inspect(Process.unlink(b))
        IO.inspect(Process.info(self(), :links))
        IO.inspect(Process.info(b, :links))
        send(parent, :unlinked)

        receive do
          :stop -> :ok
        end
      end)

    b =
      receive do
        {:b, b} -> b
      end

    receive do
      :unlinked -> :ok
    end

    bref = Process.monitor(b)
    send(b, :die)

    receive do
      {:DOWN, ^bref, :process, ^b, reason} -> IO.inspect(reason)
    end

    IO.inspect(Process.alive?(a))
    send(a, :stop)

    receive do
      {:DOWN, ^aref, :process, ^a, reason} -> IO.inspect(reason)
    end

    # unlinking something not linked is fine
    IO.inspect(Process.unlink(a))
  end
end

Unlink.run()
