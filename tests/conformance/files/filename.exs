# Erlang's :filename on binaries and charlists: where the two differ (basename of a name ending in slashes, basename/2), rootname, extension, dirname, split, and join's tidying of "//" and "." parts.
names = ["a/b.c", "a/b.c/", "a/b//", "a//", "/", "//", "", ".", "..", ".a", ".a.b", "a/.b", "/.a.b", "a.", "a..",
         "x.tar.gz", "a//b//c", "///a//b", "a/./b", "./a", "héllo/wörld.txt"]

for name <- names do
  chars = String.to_charlist(name)
  IO.inspect({name, :filename.basename(name), :filename.basename(chars), :filename.dirname(name), :filename.dirname(chars)})
  IO.inspect({:filename.extension(name), :filename.rootname(name), :filename.rootname(chars), :filename.split(name), :filename.split(chars)})
end

for {name, ext} <- [{"a/b.c", ".c"}, {"a/b.c/", ".c"}, {"a/b//", "//"}, {"a/b//", "/"}, {"a/b//", ""}, {"ab.c/", "c/"},
                    {"/x/ab//", "b//"}, {"x/abc", "x/abc"}, {"a/.c", ".c"}, {".c", ".c"}, {"a/", "/"}, {"a//b", "b"}] do
  IO.inspect({name, ext, :filename.basename(name, ext), :filename.basename(String.to_charlist(name), String.to_charlist(ext)),
              :filename.rootname(name, ext), :filename.rootname(String.to_charlist(name), ext)})
end

for {left, right} <- [{"a/./b", "c"}, {"./a", "b"}, {"a", "./b"}, {"a/.", "b"}, {"a", "."}, {".", "a"}, {"", "a"}, {"a", ""},
                      {"", ""}, {"/", ""}, {"a//", "b/"}, {"a/./", "./b/."}, {"/./", "x"}, {"x", "//y/./"}, {"./.", ""}, {"a", ".."}] do
  IO.inspect({left, right, :filename.join(left, right), :filename.join(String.to_charlist(left), String.to_charlist(right))})
end

IO.inspect(:filename.join(["a", ~c"b", :c, "/d", "e/"]))
IO.inspect(:filename.join(~c"a", "b"))
IO.inspect(:filename.join([[?a, [?/, :b]], ~c"c" ++ [1000]]))
IO.inspect(:filename.basename([?d, ?i, ?r, ?/, [~c"fi" | :le]]))
IO.inspect(:filename.flatten([?a, [~c"b", :c], "d"]))
IO.inspect({:filename.pathtype("/a"), :filename.pathtype(~c"a"), :filename.pathtype(:"/x")})

for bad <- [12, [1 | 2.0]] do
  try do
    :filename.basename(bad)
  rescue
    e -> IO.inspect(e.__struct__)
  end
end
