# Path functions given what is not chardata or what none of their clauses take: Elixir's clauses, helpers and lines
report = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, stack |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(2)))
  end
end

bad = fn -> nil end
report.(fn -> Path.join(bad.()) end)
report.(fn -> Path.join([]) end)
report.(fn -> Path.join(["a" | "b"]) end)
report.(fn -> Path.join([1]) end)
report.(fn -> Path.join([1, "a"]) end)
report.(fn -> Path.join(["a", 1]) end)
report.(fn -> Path.join(["a", "b", :c]) end)
report.(fn -> Path.join("", bad.()) end)
report.(fn -> Path.join("/", bad.()) end)
report.(fn -> Path.join(bad.(), "a") end)
report.(fn -> Path.type(bad.()) end)
report.(fn -> Path.type(:a) end)
report.(fn -> Path.basename(bad.()) end)
report.(fn -> Path.basename("a", 1) end)
report.(fn -> Path.dirname(%{}) end)
report.(fn -> Path.extname([:a]) end)
report.(fn -> Path.rootname({}) end)
report.(fn -> Path.rootname("a.ex", 1) end)
report.(fn -> Path.split([1 | 2]) end)
report.(fn -> Path.relative(1) end)
report.(fn -> Path.relative_to(1, "/a") end)
report.(fn -> Path.relative_to("/a/b", 1) end)
report.(fn -> Path.absname(1, "/a") end)
report.(fn -> Path.absname("a", 1) end)
report.(fn -> Path.absname("/a", 1) end)
report.(fn -> Path.expand(1) end)
report.(fn -> Path.expand("/a", 1) end)
report.(fn -> Path.safe_relative(1) end)
report.(fn -> Path.safe_relative_to(bad.(), "/tmp") end)
report.(fn -> Path.safe_relative_to("a/./b/../c", "/nowhere") end)
report.(fn -> Path.safe_relative_to("a/../..", "/nowhere") end)
report.(fn -> Path.safe_relative_to("/a", "/nowhere") end)
report.(fn -> Path.safe_relative_to(~c"a/.", "/nowhere") end)
report.(fn -> IO.chardata_to_string(bad.()) end)
report.(fn -> IO.chardata_to_string([1, :a]) end)
