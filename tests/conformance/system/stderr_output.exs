# IO.puts(:stderr, ...) and IO.write(:stderr, ...) write to stderr; the exit status stays 0.
IO.puts("stdout line")
IO.puts(:stderr, "stderr line")
IO.write(:stderr, "no newline")
IO.puts(:stdio, " stdio line")
