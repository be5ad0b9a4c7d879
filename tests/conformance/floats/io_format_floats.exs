# :io_lib.format's ~f ~e ~g: ~f works from the 21 significant digits Erlang prints, so big floats end in zeros.
values = [0.0, -0.0, 1.0, -1.0, 0.5, 0.05, 0.15, 2.5, 1.0e-10, 1.0e10, 123.456, 9.999, 99.95,
          0.0001234, 1.0e100, 5.0e-324, 1.7976931348623157e308, 1234567.0, 0.999999, 1.5e15]

for v <- values do
  format = "~e|~f|~g|~.3e|~.3f|~.3g|~.1f|~.2e|~.10g|~12.4f|~-12.2e|"
  IO.puts(IO.iodata_to_binary(:io_lib.format(format, List.duplicate(v, 11))))
end

IO.puts(IO.iodata_to_binary(:io_lib.format("~.25f", [0.1])))
IO.puts(IO.iodata_to_binary(:io_lib.format("~.3f ~.3f ~.2f", [0.0005, 2.0005, 99.995])))
IO.puts(IO.iodata_to_binary(:io_lib.format("~.1f ~.1f", [0.95, 9.95])))
IO.puts(:erlang.float_to_binary(1.0e100, decimals: 2))
