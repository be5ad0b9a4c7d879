# Processes: spawn workers, send them work, collect the answers; a crash is
# reported and noticed by a monitor while everything else goes on.
defmodule Squarer do
  def loop do
    receive do
      {:square, n, from} ->
        send(from, {:squared, n, n * n})
        loop()

      :stop ->
        :ok
    end
  end

  def run do
    workers = for _ <- 1..4, do: spawn(&loop/0)
    jobs = Enum.zip(1..8, Stream.cycle(workers))
    for {n, worker} <- jobs, do: send(worker, {:square, n, self()})
    results = for _ <- jobs, do: receive(do: ({:squared, n, sq} -> {n, sq}))
    IO.inspect(Enum.sort(results), label: "squares")
    Enum.each(workers, &send(&1, :stop))

    {pid, ref} = spawn_monitor(fn -> raise "this worker fails" end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: message}, _stack}} ->
        IO.puts("the monitor saw: #{message}")
    end

    Process.sleep(100)
    IO.puts("and the script goes on")
  end
end

Squarer.run()
