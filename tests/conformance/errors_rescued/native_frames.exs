# The frames of built-in functions OTP writes in Erlang name its file and line when they fail on a bad argument (lists.erl:648: :lists.flatten(1))
calls = [
  {:unicode, :characters_to_list, [1]}, {:unicode, :characters_to_binary, [1]}, {:unicode, :characters_to_binary, [1, :utf8, :latin1]},
  {:unicode, :characters_to_list, [1, :utf8]}, {:lists, :flatten, [1]}, {:lists, :reverse, [1]}, {:lists, :seq, [1, :a]},
  {:lists, :duplicate, [-1, 1]}, {:lists, :sort, [1]}, {:lists, :usort, [1]}, {:lists, :last, [[]]}, {:lists, :max, [[]]},
  {:lists, :append, [1]}, {:lists, :zip, [[1], []]}, {:lists, :keyfind, [1, 1, 1]}, {:maps, :keys, [1]},
  {:io_lib, :format, [1, 1]}, {:timer, :sleep, [:a]}, {:math, :sqrt, [-1]}
]

for {m, f, a} <- calls do
  try do
    apply(m, f, a)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)} | " <> Exception.format_stacktrace_entry(hd(__STACKTRACE__)))
  end
end

try do
  Path.wildcard(Enum.random([nil]))
rescue
  e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 3)))
end
