# An uncaught RuntimeError.
IO.puts("about to fail")
raise "fatal problem"
