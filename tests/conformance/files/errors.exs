# File's {:error, reason} results, and the File.Error messages of the bang forms, for missing files, wrong types and bad names.
dir = Path.join(System.tmp_dir!(), "vial_files_errors_#{System.system_time()}")
File.mkdir_p!(dir)

message = fn fun ->
  try do
    fun.()
  rescue
    e -> IO.puts("#{Kernel.inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

try do
  File.cd!(dir, fn ->
    File.write!("file", "x")
    File.mkdir_p!("full/inner")
    IO.inspect(File.read("missing"))
    IO.inspect(File.read("."))
    IO.inspect(File.read("file/below"))
    IO.inspect(File.write("no/such/dir/f", "x"))
    IO.inspect(File.write(".", "x"))
    IO.inspect(File.ls("missing"))
    IO.inspect(File.ls("file"))
    IO.inspect(File.mkdir("file"))
    IO.inspect(File.mkdir("no/parent"))
    IO.inspect(File.mkdir_p("file/sub"))
    IO.inspect(File.rm("missing"))
    IO.inspect(File.rm("full"))
    IO.inspect(File.rmdir("full"))
    IO.inspect(File.rmdir("file"))
    IO.inspect(File.rmdir("."))
    IO.inspect(File.rename("missing", "other"))
    IO.inspect(File.rename("full", "file"))
    IO.inspect(File.cd("missing"))
    IO.inspect(File.cd("file"))
    IO.inspect(File.stat("missing"))
    IO.inspect(File.read("nul\0byte"))
    IO.inspect(File.write("nul\0byte", "x"))
    IO.inspect(File.mkdir("nul\0byte"))
    IO.inspect(File.exists?("nul\0byte"))

    message.(fn -> File.read!("missing") end)
    message.(fn -> File.read!("full") end)
    message.(fn -> File.write!("no/such/f", "x") end)
    message.(fn -> File.write!("f", [300]) end)
    message.(fn -> File.ls!("missing") end)
    message.(fn -> File.rm!("missing") end)
    message.(fn -> File.rm!("full") end)
    message.(fn -> File.mkdir!("file") end)
    message.(fn -> File.mkdir_p!("file/sub") end)
    message.(fn -> File.rmdir!("full") end)
    message.(fn -> File.rmdir!("missing") end)
    message.(fn -> File.rename!("missing", "other") end)
    message.(fn -> File.cd!("missing") end)
    message.(fn -> File.stat!("missing") end)
    message.(fn -> File.lstat!(~c"missing") end)
    message.(fn -> File.rm_rf("nul\0byte") end)
    message.(fn -> File.read(:not_a_path) end)
    message.(fn -> File.read(nil) end)
    message.(fn -> raise File.Error, reason: :eacces, action: "open", path: "secret" end)
    message.(fn -> raise File.Error, reason: :something_else, action: "poke", path: ~c"list" end)
  end)
after
  File.rm_rf!(dir)
end
