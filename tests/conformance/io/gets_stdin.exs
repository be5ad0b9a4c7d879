# IO.gets/1,2 prints the prompt, then reads a line of standard input with its newline; the last line may lack one; then :eof.
name = IO.gets("Name? ")
IO.inspect(name)
IO.puts("Hello, #{String.trim(name)}!")
IO.inspect(IO.gets(:stdio, ["Age", ??, " "]))
IO.inspect(IO.gets(42))
IO.inspect(IO.gets(~c"charlist> "))
IO.inspect(IO.gets(""))
IO.inspect(IO.gets("after the end> "))
