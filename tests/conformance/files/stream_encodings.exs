# File.stream! with an :encoding reads characters (Latin-1, UTF-16 with its byte order mark, UTF-8 that is not valid), without :binary it gives charlists, and Enum.count has its quirks; collecting writes in the stream's encoding.
dir = Path.join(System.tmp_dir!(), "vial_files_stream_enc_#{System.system_time()}")
File.mkdir_p!(dir)

show = fn fun ->
  try do
    IO.inspect(fun.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

try do
  File.cd!(dir, fn ->
    File.write!("crlf", "a\r\nb\r\n\r\nc\r")
    File.write!("latin", <<"ab", 255, "cd\n", 0xE2, 0x82>>)
    File.write!("u16le", <<0xFF, 0xFE, ?a, 0, ?\n, 0, ?b, 0>>)
    File.write!("u32be", <<0, 0, 0xFE, 0xFF, 1, 2>>)
    File.write!("u8bom", "\uFEFFab\ncd")
    File.write!("onlybom", "\uFEFF")
    File.write!("badlater", "abc\ndef\n" <> <<255>> <> "x\n")

    for {name, modes, per} <- [
          {"crlf", [], :line}, {"crlf", [:utf8], :line}, {"crlf", [:charlist], :line}, {"crlf", [:charlist], 2},
          {"latin", [], 3}, {"latin", [encoding: :latin1], :line}, {"latin", [encoding: :latin1], 4},
          {"latin", [:utf8], :line}, {"latin", [:utf8], 2},
          {"u16le", [encoding: {:utf16, :little}], :line}, {"u16le", [:trim_bom, encoding: {:utf16, :little}], 2},
          {"u16le", [:trim_bom], 1}, {"u32be", [:trim_bom], 1},
          {"u8bom", [:trim_bom, :utf8], 1}, {"u8bom", [:trim_bom, encoding: :latin1], :line},
          {"u8bom", [:trim_bom, :charlist], :line}, {"u8bom", [:trim_bom, :charlist], 1}, {"u8bom", [:utf8, :charlist], :line},
          {"onlybom", [:trim_bom], :line}, {"onlybom", [:trim_bom], 2}, {"crlf", [:read_ahead], 4}
        ] do
      IO.write("#{name} #{inspect(modes)} #{inspect(per)}: ")
      show.(fn -> File.stream!(name, modes, per) |> Enum.to_list() end)
      IO.write("  count: ")
      show.(fn -> File.stream!(name, modes, per) |> Enum.count() end)
    end

    show.(fn -> File.stream!("badlater", [:utf8]) |> Enum.take(2) end)
    show.(fn -> File.stream!("badlater", [:utf8]) |> Enum.take(3) end)
    show.(fn -> File.stream!("badlater", [:utf8], 3) |> Enum.take(1) end)
    show.(fn -> Enum.member?(File.stream!("crlf"), "b\n") end)
    show.(fn -> Enum.slice(File.stream!("crlf"), 1, 2) end)
    show.(fn -> File.stream!("crlf") |> Stream.zip(File.stream!("crlf", [], 3)) |> Enum.to_list() end)

    for modes <- [[], [:read_ahead], [:append], [:utf8], [read_ahead: 100], [read_ahead: false], [:raw], [:charlist],
                  [encoding: :latin1], [:utf8, :read_ahead], [:read_ahead, read_ahead: false], [read_ahead: false, read_ahead: 5]] do
      stream = File.stream!("crlf", modes)
      IO.inspect({modes, stream.modes, stream.raw})
    end

    show.(fn -> Enum.into(["é", [233]], File.stream!("l1", encoding: :latin1)); File.read!("l1") end)
    show.(fn -> Enum.into(["€"], File.stream!("l1", encoding: :latin1)) end)
    show.(fn -> Enum.into(["hi", ?!, :x], File.stream!("l1", encoding: {:utf16, :big})); File.read!("l1") end)
    show.(fn -> Enum.into([<<255>>], File.stream!("l1", [:utf8])) end)
    show.(fn -> Enum.into([:x], File.stream!("l2")) end)
    show.(fn -> Enum.into(["x"], File.stream!(".")) end)
    show.(fn -> Enum.into(["x"], File.stream!("no/such")) end)
    show.(fn -> Stream.into([1, 2, 3], File.stream!("l3", [:utf8])) |> Enum.take(2); File.read!("l3") end)
    show.(fn -> Enum.into(["x"], File.stream!("l3", [:append, :utf8])); File.read!("l3") end)
    show.(fn -> File.write!("rw", "abcdef"); Enum.into(["X"], File.stream!("rw", [:read])); File.read!("rw") end)
    show.(fn -> File.stream!(".") |> Enum.to_list() end)
    show.(fn -> File.stream!("missing", [], 3) |> Enum.count() end)
  end)
after
  File.rm_rf!(dir)
end
