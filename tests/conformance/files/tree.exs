# mkdir_p over odd names, rm_rf of files, trees and what is not there, exists?/dir? with options (the first :time wins), cd!/2 coming back after a raise, and File.Error and File.RenameError as structs and messages.
dir = Path.join(System.tmp_dir!(), "vial_files_tree_#{System.system_time()}")
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
    File.mkdir_p!("t/a/b")
    File.mkdir_p!("t/c")
    for f <- ["t/f0", "t/a/f1", "t/a/b/f2"], do: File.write!(f, "")
    show.(fn -> File.rm_rf("t") |> then(fn {:ok, names} -> Enum.sort(names) end) end)
    show.(fn -> File.rm_rf("t") end)
    show.(fn -> File.rm_rf("") end)
    File.write!("plain", "")
    show.(fn -> File.rm_rf("plain/x") end)
    show.(fn -> File.rm_rf(~c"plain") end)
    show.(fn -> File.rm_rf!("nothing") end)
    show.(fn -> File.mkdir_p("") end)
    show.(fn -> File.mkdir_p("/") end)
    show.(fn -> File.mkdir_p(".") end)
    show.(fn -> File.mkdir_p("q/../r/./s//") end)
    show.(fn -> File.ls!() |> Enum.sort() end)
    show.(fn -> File.mkdir_p("nul\0x") end)
    show.(fn -> File.mkdir_p!("") end)
    File.write!("plain", "")
    show.(fn -> File.mkdir_p("plain/a/b") end)
    show.(fn -> File.exists?("plain", [:raw]) end)
    show.(fn -> File.exists?("plain", time: :bad) end)
    show.(fn -> File.regular?("plain", time: :local) end)
    show.(fn -> File.dir?(~c"r") end)
    show.(fn -> File.stat("plain", time: :bad) end)
    show.(fn -> :file.read_file_info("plain", time: :bad, time: :posix) end)
    show.(fn -> :file.read_file_info("plain", time: :posix, time: :bad) |> elem(0) end)
    show.(fn -> File.write("w", "x", [:bogus]) end)
    show.(fn -> File.write("w", :atom) end)
    show.(fn -> File.write("w", [1, [2, "x"]]); File.read!("w") end)
    show.(fn -> File.write("w", "é", [:charlist]); File.read!("w") end)
    show.(fn -> File.write!("w", 12) end)
    show.(fn -> File.cd!("plain", fn -> :never end) end)
    show.(fn -> File.cd!("r", fn -> raise "inside" end) end)
    show.(fn -> File.cwd!() == dir end)
    show.(fn -> File.cd!("r", fn -> File.cd!("s"); Path.basename(File.cwd!()) end) end)
    show.(fn -> File.cwd!() == dir end)
    show.(fn -> File.rename!(~c"plainx", ["r", ?2]) end)
    show.(fn -> File.rmdir!("r") end)
    show.(fn -> File.Stat.from_record({:bad}) end)
    show.(fn -> File.Stat.to_record(%{}) end)
    show.(fn -> File.read!("") end)
  end)
after
  File.rm_rf!(dir)
end

show.(fn -> raise File.Error, reason: :enoent, action: "x" end)
show.(fn -> raise File.Error, [] end)
show.(fn -> raise File.Error, reason: :eexist, action: "remove directory" end)
show.(fn -> raise File.Error, reason: :enotempty, action: "remove directory", path: "p" end)
show.(fn -> raise File.Error, reason: {:a, :b}, action: "make", path: 1 end)
show.(fn -> raise File.RenameError, reason: :enoent, action: "rename", source: "a", destination: "b", on: "x" end)
show.(fn -> raise File.RenameError, [] end)
IO.inspect({%File.Error{}, %File.RenameError{}, %File.Stat{}})
