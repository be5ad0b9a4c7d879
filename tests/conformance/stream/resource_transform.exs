# Stream.resource/3 and Stream.transform/4,5 open lazily and run their after function however the stream stops; Stream.duplicate/2
counter = fn limit ->
  Stream.resource(
    fn -> IO.puts("open"); 0 end,
    fn
      n when n >= limit -> {:halt, n}
      n -> {[n, n * 10], n + 1}
    end,
    fn n -> IO.puts("close at #{n}") end
  )
end

stream = counter.(3)
IO.puts("built, nothing opened yet")
IO.inspect(Enum.to_list(stream))
IO.inspect(Enum.take(stream, 3))
IO.inspect(stream |> Stream.map(&(&1 + 1)) |> Enum.take(1))
IO.inspect(Stream.zip(counter.(100), [:a, :b]) |> Enum.to_list())
IO.inspect(Stream.zip(counter.(1), 1..5) |> Enum.to_list())
counter.(2) |> Stream.each(&IO.inspect/1) |> Stream.run()

# items may be any enumerable
ranges = Stream.resource(fn -> 1 end, fn n when n < 4 -> {1..n, n + 1}; n -> {:halt, n} end, fn _ -> :ok end)
IO.inspect(Enum.to_list(ranges))

# a consumer that raises still closes the resource
try do
  counter.(10) |> Enum.each(fn 20 -> raise "boom"; x -> IO.inspect(x) end)
rescue
  e -> IO.puts("rescued #{Exception.message(e)}")
end

# resources nested in flat_map close one by one
inner = fn x -> Stream.resource(fn -> x end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> IO.puts("inner #{x} closed") end) end
IO.inspect(Stream.flat_map(1..3, inner) |> Enum.take(4))

IO.puts("-- transform/4")
numbered =
  Stream.transform(
    ~w(a b c),
    fn -> IO.puts("start"); 1 end,
    fn x, n -> {["#{n}:#{x}"], n + 1} end,
    fn n -> IO.puts("after #{n}") end
  )

IO.inspect(Enum.to_list(numbered))
IO.inspect(Enum.take(numbered, 1))
IO.inspect(Enum.take(numbered, 0))

halting = Stream.transform(1..10, fn -> 0 end, fn x, sum -> if sum > 5, do: {:halt, sum}, else: {[x], sum + x} end, fn sum -> IO.puts("sum #{sum}") end)
IO.inspect(Enum.to_list(halting))

try do
  Stream.transform(1..5, fn -> 0 end, fn x, n -> {[x], n + 1} end, fn n -> IO.puts("after #{n} elements") end)
  |> Enum.each(fn 3 -> throw(:stop); x -> IO.inspect(x) end)
catch
  :stop -> IO.puts("caught :stop")
end

IO.puts("-- transform/5 adds a last function, not called when the reducer halts")
with_last = fn source ->
  Stream.transform(
    source,
    fn -> [] end,
    fn
      :stop, seen -> {:halt, seen}
      x, seen -> {[x], [x | seen]}
    end,
    fn seen -> {[{:seen, length(seen)}], seen} end,
    fn seen -> IO.puts("after #{inspect(seen)}") end
  )
end

IO.inspect(Enum.to_list(with_last.([1, 2, 3])))
IO.inspect(Enum.to_list(with_last.([1, :stop, 3])))
IO.inspect(Enum.take(with_last.([1, 2]), 3))
IO.inspect(Enum.take(with_last.([1, 2]), 2))
IO.inspect(with_last.([]) |> Stream.concat([:tail]) |> Enum.to_list())

IO.puts("-- transform/3 and duplicate/2")
IO.inspect(Stream.transform(1..6, 0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {[acc + x], acc + x} end) |> Enum.to_list())
IO.inspect(Stream.duplicate(:ha, 3) |> Enum.join())
IO.inspect(Stream.duplicate("x", 0) |> Enum.to_list())
IO.inspect(Stream.duplicate(1, 4) |> Stream.with_index() |> Enum.to_list())
