# exit with a non-normal reason terminates the script.
IO.puts("exiting")
exit(:boom)
