# A linked process that ends normally does not take its (non-trapping) links down.
defmodule NormalLink do
  def run do
    parent = self()

    {watcher, ref} =
      spawn_monitor(fn ->
        child = spawn_link(fn -> :finished end)
        cref = Process.monitor(child)

        receive do
          {:DOWN, ^cref, :process, ^child, reason} -> send(parent, {:child_down, reason})
        end

        receive do
          :stop -> exit(:stopped_on_request)
        end
      end)

    receive do
      {:child_down, reason} -> IO.inspect(reason)
    end

    IO.inspect(Process.alive?(watcher))
    send(watcher, :stop)

    receive do
      {:DOWN, ^ref, :process, ^watcher, reason} -> IO.inspect(reason)
    end
  end
end

NormalLink.run()
