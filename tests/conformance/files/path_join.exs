# Path.join/1,2 drop extra separators; absname, expand and relative_to resolve against a given base or the working directory.
paths = ["", "/", "a", "a/", "/a/", "a//b", "./a", "../a/./b/../c", "a/b/..", "/..", "~", "~/x", "~x", ".", ".."]

for p <- paths do
  IO.inspect({p, Path.join(p, "x"), Path.join("x", p), Path.join([p, "y", p]), Path.join([p])})
  IO.inspect({Path.absname(p, "/base"), Path.expand(p, "/base/dir"), Path.relative_to(p, "/a"), Path.relative_to(p, "a")})
end

IO.inspect(Path.join(["a", "/b", "c/"]))
IO.inspect(Path.join("a", "/"))
IO.inspect(Path.join("/", "/"))
IO.inspect(Path.join(~c"char", [?l, "ist"]))
IO.inspect(Path.relative_to("/usr/local/bin", "/usr/local"))
IO.inspect(Path.relative_to("/usr/local/bin", "/usr/local/bin"))
IO.inspect(Path.relative_to("/usr/local/bin", "/etc"))
IO.inspect(Path.relative_to("usr/local/bin", "usr"))
IO.inspect(Path.expand("/a/../../b"))
IO.inspect(Path.expand("~/foo") == Path.join(System.user_home!(), "foo"))
IO.inspect(Path.expand("foo") == Path.join(File.cwd!(), "foo"))
IO.inspect(Path.absname("foo") == Path.join(File.cwd!(), "foo"))
IO.inspect(Path.relative_to_cwd(Path.join(File.cwd!(), "x/y")))
IO.inspect(Path.relative_to_cwd("/elsewhere/z"))
