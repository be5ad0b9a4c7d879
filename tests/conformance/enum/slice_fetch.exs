# Enum.slice, at, fetch and fetch! with negative and stepped indices, on lists, maps, huge ranges and infinite streams
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

list = Enum.to_list(1..10)
show.("slice 2..5", fn -> Enum.slice(list, 2..5) end)
show.("slice -3..-1", fn -> Enum.slice(list, -3..-1) end)
show.("slice 1..-2", fn -> Enum.slice(list, 1..-2//1) end)
show.("slice 0..8//3", fn -> Enum.slice(list, 0..8//3) end)
show.("slice -5..-1//2", fn -> Enum.slice(list, -5..-1//2) end)
show.("slice 5..2//1 (empty)", fn -> Enum.slice(list, 5..2//1) end)
show.("slice 20..30", fn -> Enum.slice(list, 20..30) end)
show.("slice -20..2", fn -> Enum.slice(list, -20..2) end)
show.("slice 4..2//-2", fn -> Enum.slice(list, 4..2//-2) end)
show.("slice 3, 2", fn -> Enum.slice(list, 3, 2) end)
show.("slice -3, 10", fn -> Enum.slice(list, -3, 10) end)
show.("slice 30, 2", fn -> Enum.slice(list, 30, 2) end)
show.("slice 3, 0", fn -> Enum.slice(list, 3, 0) end)
show.("slice a map", fn -> Enum.slice(%{a: 1, b: 2, c: 3}, 1, 5) end)
show.("slice a MapSet", fn -> Enum.slice(MapSet.new([:x, :y, :z]), -2..-1) end)

IO.puts("-- ranges are sliced without listing them")
huge = 1..1_000_000_000_000
show.("slice huge 5..7", fn -> Enum.slice(huge, 5..7) end)
show.("slice huge -3..-1", fn -> Enum.slice(huge, -3..-1) end)
show.("slice huge, 1_000_000, 3", fn -> Enum.slice(huge, 1_000_000, 3) end)
show.("slice 10..1//-3, 1..2", fn -> Enum.slice(10..1//-3, 1..2) end)
show.("slice 1..40//2, -2, 5", fn -> Enum.slice(1..40//2, -2, 5) end)
show.("slice 1..0//1, 0..1", fn -> Enum.slice(1..0//1, 0..1) end)
show.("at huge 999_999", fn -> Enum.at(huge, 999_999) end)
show.("at huge -1", fn -> Enum.at(huge, -1) end)
show.("fetch 10..1//-2, 2", fn -> Enum.fetch(10..1//-2, 2) end)
show.("fetch 10..1//-2, -1", fn -> Enum.fetch(10..1//-2, -1) end)
show.("fetch 10..1//-2, 5", fn -> Enum.fetch(10..1//-2, 5) end)
show.("random of 7..7", fn -> Enum.random(7..7) end)

IO.puts("-- infinite streams are read only as far as needed")
naturals = Stream.iterate(0, &(&1 + 1))
show.("slice naturals 2..4", fn -> Enum.slice(naturals, 2..4) end)
show.("slice naturals 10..20//5", fn -> Enum.slice(naturals, 10..20//5) end)
show.("slice naturals, 3, 2", fn -> Enum.slice(naturals, 3, 2) end)
show.("fetch naturals 4", fn -> Enum.fetch(naturals, 4) end)
show.("slice a finite stream -2..-1", fn -> Enum.slice(Stream.map(1..5, &(&1 * 3)), -2..-1) end)

IO.puts("-- errors")
show.("fetch! out of range", fn -> Enum.fetch!([1, 2, 3], 5) end)
show.("fetch! of a range", fn -> Enum.fetch!(1..3, -5) end)
show.("at with a default", fn -> Enum.at([1, 2], 2, :none) end)
show.("slice with a negative step", fn -> Enum.slice(list, 5..1//-1) end)
