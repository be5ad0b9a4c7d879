# Path.join keeps the left name as written but for one ending slash; absname and expand tidy "." parts as :filename.join does, except that a relative name of "./" alone adds nothing; type and relative on chardata.
for {left, right} <- [{"a", "/"}, {"a/", "/"}, {"a//", "/"}, {"a//", "b"}, {"a//", "//b"}, {"a", "b//"}, {"", "/"}, {"/", "/"},
                      {"", "//"}, {"//", ""}, {"//", "b"}, {"a//", ""}, {"x", "/b//"}, {"a", ~c"/"}, {"a", ["/b"]}, {~c"a/", "b"}] do
  IO.inspect({left, right, Path.join(left, right), Path.join([left, right, "c"])})
end

for {path, base} <- [{"a", ""}, {"a", "./x"}, {"./a", "./x"}, {"", ""}, {".", "."}, {"", "."}, {"a", "//"},
                     {"./", "/x/."}, {"././", "a/."}, {".//./", "a/./b/."}, {"./.", "a/."}, {".", "a/."}, {"/./a/.", "b"}] do
  IO.inspect({path, base, Path.absname(path, base), Path.expand(path, "/r/" <> base)})
end

IO.inspect(Path.expand("/a/b/.../c/./"))
IO.inspect(Path.expand("////"))
IO.inspect(Path.expand("/a/./.."))
IO.inspect(Path.expand("x", "~/..") == Path.expand(Path.join(System.user_home!(), "../x")))

for name <- ["/", "//", "///a", "", ~c"/a", [?/], [[?/]], [[], "/a"], ["/a"], [[?/, ?a], "b"], [?/ | "a"]] do
  IO.inspect({name, Path.type(name), Path.relative(name)})
end

IO.inspect(Path.relative_to(~c"/a/b", ~c"/a"))
IO.inspect(Path.relative_to("/a/b", "/a/b/c"))
IO.inspect(Path.relative_to("a/b/", "a//"))

for bad <- [fn -> Path.type(:a) end, fn -> Path.relative(:a) end, fn -> Path.join([]) end, fn -> Path.absname(:a, "/") end] do
  try do
    bad.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
