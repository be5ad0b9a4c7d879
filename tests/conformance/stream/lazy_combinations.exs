# Stream's steps and sources under consumers that take part, zip (suspending), halt or nest them: elements, side effects and cleanups as Elixir's
log = fn tag -> fn x -> send(self(), {tag, x}); x end end
drain = fn ->
  Stream.repeatedly(fn -> receive do m -> m after 0 -> :none end end) |> Enum.take_while(&(&1 != :none))
end
builders = [
  {"map", fn -> Stream.map(1..5, &(&1 * 2)) end},
  {"flat_map", fn -> Stream.flat_map(1..3, &[&1, &1 * 10]) end},
  {"flat_map inner stream", fn -> Stream.flat_map(1..3, &Stream.take(Stream.iterate(&1, fn y -> y + 100 end), 2)) end},
  {"flat_map empty", fn -> Stream.flat_map(1..4, fn x -> if rem(x, 2) == 0, do: [], else: [x] end) end},
  {"transform halt", fn -> Stream.transform(1..10, 0, fn x, a -> if a > 3, do: {:halt, a}, else: {[x, -x], a + 1} end) end},
  {"transform/4", fn -> Stream.transform(1..4, fn -> send(self(), :start); 0 end, fn x, a -> {[x], a + x} end, fn a -> send(self(), {:after, a}) end) end},
  {"transform/5", fn -> Stream.transform(1..4, fn -> 0 end, fn x, a -> {[x], a + x} end, fn a -> {[:last, a], a} end, fn a -> send(self(), {:after, a}) end) end},
  {"transform/5 stream last", fn -> Stream.transform([1, 2], fn -> 0 end, fn x, a -> {Stream.map([x], & &1), a + x} end, fn a -> {Stream.map([:l, a], & &1), a} end, fn a -> send(self(), {:after, a}) end) end},
  {"resource", fn -> Stream.resource(fn -> 1 end, fn 5 -> {:halt, 5}; n -> {[n, n], n + 1} end, fn a -> send(self(), {:closed, a}) end) end},
  {"resource stream items", fn -> Stream.resource(fn -> 1 end, fn 4 -> {:halt, 4}; n -> {Stream.map([n, -n], & &1), n + 1} end, fn a -> send(self(), {:closed, a}) end) end},
  {"concat", fn -> Stream.concat([1..2, [3], Stream.map([4, 5], & &1)]) end},
  {"concat infinite", fn -> Stream.concat([1..2, Stream.cycle([:x])]) end},
  {"zip", fn -> Stream.zip(1..4, Stream.map([:a, :b, :c], & &1)) end},
  {"zip lists", fn -> Stream.zip([[1, 2, 3], [4, 5, 6], [7, 8]]) end},
  {"zip_with lists", fn -> Stream.zip_with([1, 2, 3], [4, 5], &+/2) end},
  {"cycle", fn -> Stream.cycle([1, 2, 3]) end},
  {"cycle range", fn -> Stream.cycle(1..3) end},
  {"cycle stream", fn -> Stream.cycle(Stream.map([1, 2], & &1)) end},
  {"intersperse", fn -> Stream.intersperse(1..3, :s) end},
  {"into", fn -> Stream.into(1..4, []) end},
  {"chunk_every", fn -> Stream.chunk_every(1..7, 3, 2, [:pad]) end},
  {"chunk_by", fn -> Stream.chunk_by([1, 1, 2, 2, 3], & &1) end},
  {"chunk_while", fn -> Stream.chunk_while(1..6, [], fn x, a -> if rem(x, 2) == 0, do: {:cont, [x | a], []}, else: {:cont, [x | a]} end, fn [] -> {:cont, []}; a -> {:cont, a, []} end) end},
  {"take neg", fn -> Stream.take(1..6, -2) end},
  {"drop neg", fn -> Stream.drop(1..6, -2) end},
  {"take_every", fn -> Stream.take_every(1..9, 3) end},
  {"each", fn -> Stream.each(1..3, log.(:each)) end},
  {"unfold", fn -> Stream.unfold(3, fn 0 -> nil; n -> {n, n - 1} end) end},
  {"interval", fn -> Stream.take(Stream.interval(0), 3) end},
  {"timer", fn -> Stream.timer(0) end},
  {"dedup", fn -> Stream.dedup([1, 1, 2, 1, 1]) end},
  {"with_index", fn -> Stream.with_index([:a, :b, :c], 1) end},
]
consumers = [
  {"to_list", &Enum.to_list/1},
  {"take 2", &Enum.take(&1, 2)},
  {"take 1", &Enum.take(&1, 1)},
  {"zip 1..3", &Enum.zip(&1, 1..3)},
  {"at 1", &Enum.at(&1, 1)},
  {"Stream.take 3", fn s -> s |> Stream.take(3) |> Enum.to_list() end},
  {"zip self", fn s -> Enum.take(Stream.zip(s, s), 3) end},
  {"reduce_while", fn s -> Enum.reduce_while(s, [], fn x, a -> if length(a) == 2, do: {:halt, a}, else: {:cont, [x | a]} end) end},
  {"chunk 2", fn s -> s |> Stream.chunk_every(2) |> Enum.take(2) end},
  {"flat_map take", fn s -> Stream.flat_map([1, 2], fn _ -> Stream.take(s, 2) end) |> Enum.to_list() end},
]
infinite = ["concat infinite", "cycle", "cycle range", "cycle stream"]
# (a resource halted while its items' stream is suspended: Elixir leaves it open, vial closes it)
skip = fn bn, cn -> (bn in infinite and cn == "to_list") or (bn == "resource stream items" and cn in ["zip 1..3", "zip self"]) end
for {bn, b} <- builders, {cn, c} <- consumers, not skip.(bn, cn) do
  r = try do c.(b.()) rescue e -> {:error, Exception.message(e)} end
  IO.puts("#{bn} | #{cn}: #{inspect(r)} #{inspect(drain.())}")
end
red = fn s -> Enumerable.reduce(s, {:cont, []}, fn x, a -> {:cont, [x | a]} end) end
halt2 = fn s -> Enumerable.reduce(s, {:cont, []}, fn x, a -> if length(a) == 1, do: {:halt, [x | a]}, else: {:cont, [x | a]} end) end
ss = [
  Stream.resource(fn -> 0 end, fn 3 -> {:halt, 3}; n -> {[n], n + 1} end, fn _ -> :ok end),
  Stream.unfold(3, fn 0 -> nil; n -> {n, n - 1} end),
  Stream.transform([1, 2, 3], 0, fn x, a -> {[x], a} end),
  Stream.transform([1, 2, 3], 0, fn x, a -> if x == 2, do: {:halt, a}, else: {[x], a} end),
  Stream.zip([1, 2], [3, 4]),
  Stream.zip([1..2, 3..4]),
  Stream.flat_map([1, 2], &[&1]),
  Stream.take(1..5, 2),
  Stream.take(Stream.map(1..5, & &1), 2),
  Stream.into([1, 2], []),
  Stream.cycle(1..2) |> Stream.take(3),
  Stream.chunk_every(1..5, 2),
  Stream.duplicate(1, 2),
  Stream.concat([1], [2]),
]
for s <- ss, do: IO.inspect({red.(s), halt2.(s)})
