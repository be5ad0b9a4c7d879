# Enum.slide/3 moves single elements and ranges forward and backward (negative indices, clamping, errors); reducers returning bad values fail as Elixir's do
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

letters = [:a, :b, :c, :d, :e, :f, :g]
show.("one element back", fn -> Enum.slide(letters, 5, 1) end)
show.("one element forward", fn -> Enum.slide(letters, 1, 5) end)
show.("a range back", fn -> Enum.slide(letters, 3..5, 1) end)
show.("a range forward", fn -> Enum.slide(letters, 1..3, 5) end)
show.("negative range", fn -> Enum.slide(letters, -4..-2, 1) end)
show.("open-ended range", fn -> Enum.slide(letters, 3..-1//1, 2) end)
show.("negative insertion index", fn -> Enum.slide(letters, 0, -1) end)
show.("insertion index past the end", fn -> Enum.slide(letters, 0, 100) end)
show.("insertion far before the start", fn -> Enum.slide(letters, 2..3, -100) end)
show.("negative insertion wraps around", fn -> Enum.slide(Enum.to_list(0..9), 2..4, -12) end)
show.("wrapping into the range", fn -> Enum.slide(Enum.to_list(0..9), 2..4, -27) end)
show.("range truncated at the end", fn -> Enum.slide(letters, 5..50, 0) end)
show.("range starting past the end", fn -> Enum.slide(letters, 10..12, 0) end)
show.("empty range", fn -> Enum.slide(letters, 3..2//1, 0) end)
show.("onto itself", fn -> Enum.slide(letters, 2, 2) end)
show.("a range onto its first index", fn -> Enum.slide(letters, 2..4, 2) end)
show.("a range into itself", fn -> Enum.slide(letters, 2..4, 3) end)
show.("a stepped range", fn -> Enum.slide(letters, 1..5//2, 0) end)
show.("a decreasing range", fn -> Enum.slide(letters, 4..2//-1, 0) end)
show.("a range of a range", fn -> Enum.slide(1..10, 7..9, 1) end)
show.("a map", fn -> Enum.slide(%{a: 1, b: 2, c: 3}, 0, 2) end)
show.("an empty list", fn -> Enum.slide([], 0, 0) end)
show.("a bad index", fn -> Enum.slide(letters, :a, 0) end)

IO.puts("-- reducers that break the protocol")
bad = fn _, acc -> {:oops, acc} end
show.("list", fn -> Enum.reduce_while([1, 2], 0, bad) end)
show.("range", fn -> Enum.reduce_while(1..2, 0, bad) end)
show.("map", fn -> Enum.reduce_while(%{a: 1}, 0, bad) end)
show.("stream", fn -> Enum.reduce_while(Stream.map([1], & &1), 0, bad) end)
show.("unfold", fn -> Enum.reduce_while(Stream.iterate(1, &(&1 + 1)), 0, bad) end)
show.("flat_map_reduce", fn -> Enum.flat_map_reduce([1], 0, fn x, acc -> {x, acc} end) end)
show.("map_reduce", fn -> Enum.map_reduce([1], 0, fn x, _ -> x end) end)
show.("unzip", fn -> Enum.unzip([{1, 2}, {3, 4, 5}]) end)
show.("zip_reduce", fn -> Enum.zip_reduce([[1, 2], [3, 4], [5]], [], fn xs, acc -> [Enum.sum(xs) | acc] end) end)
show.("zip_reduce/4", fn -> Enum.zip_reduce(1..3, [:a, :b], [], fn x, y, acc -> [{x, y} | acc] end) end)
