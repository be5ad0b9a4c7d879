# exit({:shutdown, n}) ends the script quietly with exit status n; {:shutdown, other} quietly with 0.
IO.puts("shutting down")
exit({:shutdown, 4})
