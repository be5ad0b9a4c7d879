# When a linked process exits abnormally, the script's (non-trapping) process dies: "** (EXIT from ...)".
IO.puts("before")
spawn_link(fn -> exit({:custom_failure, [1, 2]}) end)

receive do
  :never -> :ok
end

IO.puts("not reached")
