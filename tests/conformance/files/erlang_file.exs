# Erlang's :file and :filelib called directly: names as binaries, charlists, deep lists or atoms; charlists back; {:error, posix}; format_error.
dir = Path.join(System.tmp_dir!(), "vial_files_erlang_#{System.system_time()}")
File.mkdir_p!(dir)

try do
  File.cd!(dir, fn ->
    IO.inspect(:file.write_file(~c"a.txt", "abc"))
    IO.inspect(:file.read_file(:"a.txt"))
    IO.inspect(:file.read_file([~c"a", [?.], :txt]))
    IO.inspect(:file.read_file(["a", ~c".txt"]))
    IO.inspect(:file.write_file([~c"x", [~c"y" | :z]], "an atom as a tail"))
    IO.inspect(:file.read_file("xyz"))
    IO.inspect(:file.delete(:xyz))
    IO.inspect(:file.read_file(123))
    IO.inspect(:file.read_file(<<255>>))
    IO.inspect(:file.write_file("a.txt", "def", [:append]))
    IO.inspect(:file.read_file("a.txt"))
    IO.inspect(:file.make_dir("d"))
    IO.inspect(:file.make_dir(~c"d"))
    IO.inspect(:file.write_file("d/f", ""))
    IO.inspect(:file.list_dir("d"))
    IO.inspect(:file.list_dir(~c"d"))
    IO.inspect(:file.del_dir("d"))
    IO.inspect(:file.delete("d"))
    IO.inspect(:file.delete("d/f"))
    IO.inspect(:file.del_dir("d"))
    IO.inspect(:file.rename("a.txt", "b.txt"))
    IO.inspect(:file.rename("a.txt", "b.txt"))
    {:ok, cwd} = :file.get_cwd()
    IO.inspect(is_list(cwd) and List.to_string(cwd) == File.cwd!())
    IO.inspect(:file.set_cwd("missing"))
    IO.inspect(:file.set_cwd(123))
    IO.inspect(:file.read_file_info("missing"))
    IO.inspect(:file.read_file_info("b.txt", [:raw, time: :posix]) |> elem(0))
    IO.inspect({:filelib.is_dir("."), :filelib.is_dir("b.txt"), :filelib.is_dir(123)})
    IO.inspect({:filelib.is_file("."), :filelib.is_file(~c"b.txt"), :filelib.is_file("missing")})
    IO.inspect({:filelib.is_regular("."), :filelib.is_regular(:"b.txt"), :filelib.is_regular("missing")})
    IO.inspect(:file.delete("b.txt"))

    for reason <- [:enoent, :eacces, :eexist, :eisdir, :enotdir, :enotempty, :einval, :eperm, :badarg, :nope, {1, :file, :undefined_script}] do
      IO.inspect(:file.format_error(reason))
    end
  end)
after
  File.rm_rf!(dir)
end
