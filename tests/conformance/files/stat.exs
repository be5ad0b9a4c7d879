# File.stat/2 and lstat/2: a %File.Stat{} with type, size and access; times as UTC datetimes or, with time: :posix, integers.
dir = Path.join(System.tmp_dir!(), "vial_files_stat_#{System.system_time()}")
File.mkdir_p!(dir)

try do
  File.cd!(dir, fn ->
    File.write!("data", "twelve bytes")
    {:ok, stat} = File.stat("data")
    IO.inspect({stat.type, stat.size, stat.access, stat.links})
    IO.inspect(Bitwise.band(stat.mode, 0o170000) == 0o100000)
    {{year, month, day}, {hour, minute, second}} = stat.mtime
    IO.inspect(year >= 2022 and month in 1..12 and day in 1..31 and hour in 0..23 and minute in 0..59 and second in 0..60)
    IO.inspect(stat == File.stat!("data", time: :universal))
    IO.inspect(stat == File.lstat!("data"))
    posix = File.stat!("data", time: :posix)
    IO.inspect({is_integer(posix.atime), is_integer(posix.mtime), is_integer(posix.ctime)})
    IO.inspect(Map.keys(stat) |> Enum.sort())
    File.mkdir!("sub")
    IO.inspect(File.stat!("sub") |> Map.take([:type, :access]))
    IO.inspect(File.stat!("/dev/null").type)
    IO.inspect(File.stat("missing"))
    IO.inspect(File.lstat("missing"))
    IO.inspect(File.stat("data", time: :bogus))
    {:ok, info} = :file.read_file_info("data", time: :posix)
    IO.inspect({elem(info, 0), tuple_size(info), elem(info, 1), elem(info, 2)})
    IO.inspect(File.Stat.from_record(info) == posix)
    IO.inspect(File.Stat.to_record(posix) == info)
  end)
after
  File.rm_rf!(dir)
end
