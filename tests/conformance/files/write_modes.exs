# File.write/3's modes as Erlang's open/2 takes them: :read keeps the rest of the file, :utf8 writes each byte as a character, unknown modes are ignored.
dir = Path.join(System.tmp_dir!(), "vial_files_write_modes_#{System.system_time()}")
File.mkdir_p!(dir)

try do
  File.cd!(dir, fn ->
    File.write!("f", "abcdef")
    IO.inspect(File.write("f", "XY", [:read]))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "12", [:read, :write]))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "z", [:append, :binary, :raw]))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "é€", [:utf8]))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", [233, ?!], [:utf8]))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "s", encoding: :latin1))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "s", encoding: :utf16))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "s", encoding: {:utf32, :little}))
    IO.inspect(File.read!("f"))
    IO.inspect(File.write("f", "plain", [:sync, :delayed_write, :bogus]))
    IO.inspect(File.read!("f"))
    # content must be iodata: bytes and binaries
    IO.inspect(File.write("f", [256]))
    IO.inspect(File.write("f", :atom))
    IO.inspect(File.write("f", 42))
    IO.inspect(File.write("f", ["a" | "b"]))
    IO.inspect(File.read!("f"))
  end)
after
  File.rm_rf!(dir)
end
