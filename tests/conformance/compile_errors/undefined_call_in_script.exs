# A script's own call of an undefined function fails as the script is expanded: the runner's frame follows.
IO.puts("never printed")
total = 3
IO.puts(double(total))
