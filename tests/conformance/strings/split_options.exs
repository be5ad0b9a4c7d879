# String.split/3's options in detail: only trim: true trims, parts counts pieces, "" splits graphemes, and when the pattern is checked.
cases = [
  {"abc", "", []},
  {"abc", "", [trim: true]},
  {"abc", "", [trim: 1]},
  {"abc", "", [parts: 2]},
  {"abc", "", [parts: 2, trim: true]},
  {"", "", []},
  {"", "", [trim: true]},
  {"", "", [trim: 1]},
  {"abc", "a", [trim: 1]},
  {"a,b,,c,,", ",", [parts: 3]},
  {"a,b,,c,,", ",", [parts: 3, trim: true]},
  {",,a", ",", [parts: 2, trim: true]},
  {"", ",", [trim: true]},
  {"", ",", [parts: 2]},
  {"abc", [], [parts: 2]},
  {"", [], [trim: true]}
]

for {string, pattern, options} <- cases do
  IO.puts("split(#{inspect(string)}, #{inspect(pattern)}, #{inspect(options)}) = #{inspect(String.split(string, pattern, options))}")
end

bad = Enum.random([nil])

for {string, options} <- [{"", []}, {"", [trim: true]}, {"", [parts: 2]}, {"", [trim: 1]}, {"", [parts: 0]}, {"abc", []}] do
  result =
    try do
      inspect(String.split(string, bad, options))
    rescue
      e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
    end

  IO.puts("split(#{inspect(string)}, nil, #{inspect(options)}) = #{result}")
end
