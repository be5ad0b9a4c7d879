# Without arguments System.argv() is empty.
IO.inspect(System.argv())
