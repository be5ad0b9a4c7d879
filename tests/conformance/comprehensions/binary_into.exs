# Binary generators and into: "" build strings.
IO.inspect(for <<c <- "abc">>, into: "", do: <<c + 1>>)
IO.inspect(for c <- ~c"hello", c != ?l, into: "", do: <<c>>)
IO.inspect(for <<b::1 <- <<0b10100000>> >>, do: b)
IO.inspect(for x <- 1..3, into: "", do: "#{x},")
IO.inspect(for <<w::16 <- <<1, 2, 3, 4>> >>, do: w)
