# Process.link/1 links both ways (visible in Process.info(pid, :links)); linking twice is one link.
defmodule LinkInfo do
  def run do
    parent = self()

    a =
      spawn(fn ->
        receive do
          {:link_to, b} ->
            Process.link(b)
            Process.link(b)
            send(parent, :linked)

            receive do
              :stop -> :ok
            end
        end
      end)

    b =
      spawn(fn ->
        receive do
          :stop -> :ok
        end
      end)

    IO.inspect(Process.info(a, :links))
    send(a, {:link_to, b})

    receive do
      :linked -> :ok
    end

    IO.inspect(Process.info(a, :links) == {:links, [b]})
    IO.inspect(Process.info(b, :links) == {:links, [a]})

    ref = Process.monitor(a)
    send(a, :stop)

    receive do
      {:DOWN, ^ref, :process, ^a, reason} -> IO.inspect(reason)
    end

    IO.inspect(Process.info(b, :links))
    send(b, :stop)
  end
end

LinkInfo.run()
