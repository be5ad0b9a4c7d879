# :io.format's argument errors say what is wrong, as OTP's error info does; :io_lib.format's do not.
cases = [
  {"~a", [:x]},
  {"~d", [1]},
  {"~s", [1]},
  {"~w", []},
  {"~w", [1, 2]},
  {"~f", [1]},
  {"~c", [:a]},
  {"~b", [1.5]},
  {"~p", :notalist},
  {"~.1e", [1.0]},
  {"~s", [[1, :a]]},
  {"~x", [1, 2]},
  {"~", []},
  {"~10", [1]},
  {"~*w", [:a, 1]},
  {"~s ~a", [1, 2]},
  {"~W", [[1], :deep]}
]

for {format, args} <- cases do
  try do
    :io.format(format, args)
  rescue
    e -> IO.puts("io: " <> Exception.message(e))
  end

  try do
    :io_lib.format(format, args)
  rescue
    e -> IO.puts("io_lib: " <> Exception.message(e))
  end
end

# With a device first, the positions move by one; :stdio is Elixir's name
# for the device, not Erlang's.
for {device, format, args} <- [{:standard_io, "~s~n", [1]}, {:standard_io, "~w~n", 1}, {:stdio, "x~n", []}] do
  try do
    :io.format(device, format, args)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

:io.format(:standard_io, "~s and ~w~n", ["fine", :ok])
:io.format(:hello)
:io.format(~c"~n")

# A precision wider than the field is an error for ~s.
try do
  :io.format("~3.5s|", ["abc"])
rescue
  e -> IO.puts(Exception.message(e))
end
