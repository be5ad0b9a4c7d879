# Path.basename, dirname, extname, rootname, split, type and relative on Unix paths, binaries and chardata alike.
paths = ["", "/", "//", "a", "a/", "/a", "/a/", "a/b", "a//b", "a/b/", "/a/b/c.txt", "a/.b", ".bashrc",
         "a.b.c", "a/b.c/d", "./a", "../a/./b/../c", "~/x", "foo.ex", "foo.", ".", "..", "x.tar.gz",
         "héllo/wörld.txt", ~c"char/list.ex", ["io", ?/, "data.x"]]

for p <- paths do
  IO.inspect({p, Path.basename(p), Path.dirname(p), Path.extname(p), Path.rootname(p)})
  IO.inspect({Path.split(p), Path.type(p), Path.relative(p)})
  IO.inspect({Path.basename(p, ".ex"), Path.basename(p, ".txt"), Path.rootname(p, ".ex"), Path.rootname(p, ".gz")})
end

for bad <- [nil, 1, {1}] do
  try do
    Path.basename(bad)
  rescue
    e -> IO.inspect(e.__struct__)
  end
end
