# Path.wildcard/2 over a small tree: *, ?, [classes], {alternatives}, ** at any depth, escapes, dot names with and without :match_dot, bad options
dir = Path.join(System.tmp_dir!(), "vial_files_wildcard_#{System.system_time()}")
File.mkdir_p!(dir)

report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 1)))
  end
end

try do
  File.cd!(dir, fn ->
    for d <- ["d1/sub", "d2", ".hid/x"], do: File.mkdir_p!(d)

    for f <- ["a.txt", "b.txt", "c.txt", "ab.txt", ".dot", ".dot.txt", "d1/x.ex", "d1/sub/y.ex", "d2/z.ex", ".hid/h.ex", ".hid/x/deep.ex", "d1/.in.ex", "sp ace.txt", "é.txt"],
        do: File.write!(f, "")

    globs = ["*", "*.txt", "?.txt", "[ab].txt", "[a,b].txt", "[a-b].txt", "[^a].txt", "{a,b}.txt", "{b,a}.txt", "{a,b,}*", "**", "**/*.ex", "d1/**", "d1/**/*.ex", "**/sub", "d1/**/sub", "**/**", ".*", ".d*", ".hid/*", "*/*.ex", "d*/", "*/*/", "d1/sub/../x.ex", "./a.txt", "d1/./x.ex", "d1//x.ex", "a.txt", "nope", "nope/*", "a.txt/*", "é*", "sp*", "\\*", "a\\.txt", "**/.in.ex", "d?/*", "*.{txt,ex}", "{d1,d2}/*.ex", "[a-", "a]", "*.TXT", "/"]

    for glob <- globs do
      IO.inspect({glob, Path.wildcard(glob), Path.wildcard(glob, match_dot: true)})
    end

    IO.inspect({Path.wildcard(~c"d*"), Path.wildcard(["d", ?1, "/*"]), length(Path.wildcard(Path.join(dir, "**/*.ex")))})
    report.(fn -> Path.wildcard("a", :match_dot) end)
  end)
after
  File.rm_rf!(dir)
end
