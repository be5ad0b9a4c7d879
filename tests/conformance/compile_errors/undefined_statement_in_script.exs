# A script's statement that calls an undefined function fails as it is expanded: the runner's frame follows.
IO.puts("never printed")
total = 3
report(total)
