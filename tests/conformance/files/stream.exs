# File.stream!/3: lines (a closing "\r\n" read as "\n"), byte chunks, characters with :utf8, :trim_bom, Enum.count, and collecting into a stream to write a file.
dir = Path.join(System.tmp_dir!(), "vial_files_stream_#{System.system_time()}")
File.mkdir_p!(dir)

try do
  File.cd!(dir, fn ->
    File.write!("lines.txt", "one\ntwo\r\n\r\nthree\rfour\n\nno newline")
    IO.inspect(File.stream!("lines.txt") |> Enum.to_list())
    IO.inspect(File.stream!("lines.txt", [], 5) |> Enum.to_list())
    IO.inspect(File.stream!("lines.txt") |> Enum.count())
    IO.inspect(File.stream!("lines.txt", [], 5) |> Enum.count())
    IO.inspect(File.stream!("lines.txt") |> Stream.map(&String.trim_trailing/1) |> Enum.take(2))
    IO.inspect(File.stream!("lines.txt") |> Enum.with_index() |> Enum.filter(fn {l, _} -> l == "\n" end))
    File.write!("bom.txt", "\uFEFFhé\nwörld€\nend")
    IO.inspect(File.stream!("bom.txt") |> Enum.to_list())
    IO.inspect(File.stream!("bom.txt", [:trim_bom]) |> Enum.to_list())
    IO.inspect(File.stream!("bom.txt", [:utf8, :trim_bom], 2) |> Enum.to_list())
    IO.inspect(File.stream!("bom.txt", [], 2) |> Enum.take(3))
    IO.inspect(File.stream!("bom.txt", [:trim_bom], 4) |> Enum.count())
    File.write!("big.txt", Enum.map(1..20000, &"line #{&1}\n"))
    IO.inspect(File.stream!("big.txt") |> Enum.count())
    IO.inspect(File.stream!("big.txt") |> Enum.at(15000))
    IO.inspect(File.stream!("big.txt", [], 65536) |> Enum.map(&byte_size/1))
    IO.inspect(File.stream!("empty.txt", [], 3))
    IO.inspect(File.stream!(~c"lines.txt", [:utf8, read_ahead: false]))
    File.write!("empty.txt", "")
    IO.inspect(File.stream!("empty.txt") |> Enum.to_list())
    IO.inspect(File.stream!("empty.txt") |> Enum.count())
    IO.inspect(["a", "b\n", ["c", ?d]] |> Enum.into(File.stream!("out.txt")))
    IO.inspect(File.read!("out.txt"))
    IO.inspect(File.stream!("lines.txt") |> Stream.map(&String.upcase/1) |> Enum.into(File.stream!("upper.txt")))
    IO.inspect(File.read!("upper.txt"))
    IO.inspect(["more\n"] |> Enum.into(File.stream!("upper.txt", [:append])) |> then(fn _ -> File.read!("upper.txt") end))
    IO.inspect(["é", 8364, :atom] |> Enum.into(File.stream!("chars.txt", [:utf8])) |> then(fn _ -> File.read!("chars.txt") end))

    try do
      File.stream!("missing.txt") |> Enum.to_list()
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Enum.count(File.stream!("missing.txt"))
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end)
after
  File.rm_rf!(dir)
end
