# __STACKTRACE__ in a script: BEAM keeps 8 frames, and below the script's own come those of Elixir's runner; raise/1 marks its frame with error_info
defmodule Depth do
  def down(0), do: raise("bottom")
  def down(n), do: [down(n - 1)]

  def tail(0), do: throw(:done)
  def tail(n), do: tail(n - 1)

  def with_info, do: :erlang.error(:custom, [1, 2], error_info: %{module: Depth})
  def two_args, do: raise(ArgumentError, "two arguments")
end

try do
  raise "at the top level"
rescue
  _ -> IO.inspect(__STACKTRACE__, label: "top level")
end

try do
  Depth.down(1)
rescue
  _ -> IO.inspect(__STACKTRACE__, label: "two frames deep")
end

try do
  Depth.down(20)
rescue
  _ -> IO.inspect(__STACKTRACE__, label: "deep body recursion")
end

try do
  Depth.tail(5)
catch
  :throw, :done -> IO.inspect(__STACKTRACE__, label: "a tail-recursive throw")
end

run = fn f -> f.() end

try do
  run.(&Depth.with_info/0)
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)}, label: "error/3")
end

try do
  Depth.two_args()
rescue
  _ -> IO.inspect(hd(__STACKTRACE__), label: "raise/2")
end

try do
  Depth.down(1)
rescue
  e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
end
