# File.write/2,3 and File.read/1: iodata in, a binary back; :append and :exclusive modes; exists?, regular?, dir?.
dir = Path.join(System.tmp_dir!(), "vial_files_read_write_#{System.system_time()}")
File.mkdir_p!(dir)

try do
  File.cd!(dir, fn ->
    IO.inspect(File.write("notes.txt", "first line\n"))
    IO.inspect(File.read("notes.txt"))
    IO.inspect(File.write("notes.txt", ["second", ?\s, ["line", "\n"]], [:append]))
    IO.inspect(File.read!("notes.txt"))
    IO.inspect(File.write("notes.txt", "replaced"))
    IO.inspect(File.read!("notes.txt"))
    IO.inspect(File.write("notes.txt", "again", [:exclusive]))
    IO.inspect(File.write("fresh.txt", "new", [:exclusive]))
    IO.inspect(File.write!("empty.txt", ""))
    IO.inspect(File.read("empty.txt"))
    IO.inspect(File.write("bytes.bin", <<0, 1, 255>>))
    IO.inspect(File.read!("bytes.bin"))
    IO.inspect(File.write("unicode.txt", "héllo wörld €"))
    IO.inspect(File.read!("unicode.txt"))
    IO.inspect(File.read!(~c"unicode.txt") == File.read!(["uni", ~c"code", ".txt"]))
    IO.inspect({File.exists?("notes.txt"), File.regular?("notes.txt"), File.dir?("notes.txt")})
    IO.inspect({File.exists?("."), File.regular?("."), File.dir?(".")})
    IO.inspect({File.exists?("missing"), File.regular?("missing"), File.dir?("missing")})
  end)
after
  File.rm_rf!(dir)
end

IO.inspect(File.exists?(dir))
