# The VM stops when the script's process ends, even if other processes are still waiting or running.
defmodule Forever do
  def loop(n) do
    receive do
      :stop -> n
    after
      10 -> loop(n + 1)
    end
  end
end

spawn(fn ->
  receive do
    :never -> :ok
  end
end)

spawn(fn -> Forever.loop(0) end)
spawn(fn -> Process.sleep(:infinity) end)

spawn(fn ->
  Process.sleep(5000)
  IO.puts("this is never printed")
end)

IO.puts("the script ends here")
