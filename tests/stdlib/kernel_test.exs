# Kernel, Access, IO formatting, exceptions and Kernel.CLI.format_error
# against Elixir's own. Errors are produced by real code and caught raw.
defmodule Sample do
  def clause(:a, _), do: 1
  def match(x), do: ({:ok, _} = x)
  def arith(x), do: x + 1
  def anon(l), do: Enum.map(l, fn x -> x * 2 end)
  def key(m), do: m.missing
  def cased(x), do: (case x do :a -> 1 end)
  def undef, do: NoSuchModule.f(1)
  def undef_local, do: Sample.nope()
  def badfun(f), do: f.(1)
  def throws, do: throw({:oops, 1})
  def exits, do: exit(:bye)
  def raises, do: raise("boom")
  def raises_arg, do: raise(ArgumentError, "bad thing")
  def withc(x), do: (with {:ok, y} <- x do y else :no -> 0 end)
  def badarg, do: :erlang.atom_to_binary(1)
  def elem_of(t), do: elem(t, 5)
  def bool(x), do: x and true
  def nested(x), do: [x] |> Enum.map(fn y -> [y] |> Enum.map(fn z -> z.k end) end)
  def badmap(x), do: %{x | a: 1}
  def fetch!(m), do: Map.fetch!(m, :zz)
  def tuple_key(m), do: Keyword.fetch!(m, :zz)
  def cond_none(x), do: (cond do x == 1 -> :ok end)
end

catch_raw = fn f ->
  try do
    f.()
    :no_error
  catch
    kind, reason -> {kind, reason, __STACKTRACE__}
  end
end

cases = [
  fn -> Sample.clause(:x, [1, 2]) end, fn -> Sample.match(3) end, fn -> Sample.arith(:a) end,
  fn -> Sample.anon([1, :b]) end, fn -> Sample.key(%{a: 1}) end, fn -> Sample.cased(:z) end,
  fn -> Sample.undef() end, fn -> Sample.undef_local() end, fn -> Sample.badfun(:nofun) end,
  fn -> Sample.badfun(fn -> 1 end) end, fn -> Sample.throws() end, fn -> Sample.exits() end,
  fn -> Sample.raises() end, fn -> Sample.raises_arg() end, fn -> Sample.withc(:other) end,
  fn -> Sample.elem_of({1}) end, fn -> Sample.bool(1) end,
  fn -> Sample.nested(%{a: 1}) end, fn -> Sample.badmap(1) end, fn -> Sample.fetch!(%{a: 1}) end,
  fn -> Sample.tuple_key([a: 1]) end, fn -> Sample.cond_none(2) end, fn -> div(1, 0) end,
  fn -> exit({:shutdown, 1}) end, fn -> exit({:timeout, {GenServer, :call, [:x, :y, 5000]}}) end,
  fn -> :erlang.error({:weird, 1}) end, fn -> Sample.clause(1, 2) end, fn -> raise KeyError, key: :k, term: [a: 1] end,
  fn -> Enum.max([]) end, fn -> apply(String, :upcse, ["a"]) end, fn -> apply(Enum, :mapp, [[], 1]) end, fn -> apply(Enum, :map, [1]) end,
  fn -> apply(Sample, :zzzz, []) end, fn -> apply(:lists, :revers, [[]]) end, fn -> Sample.key(%{missin: 1, mising: 2, other: 3}) end, fn -> Sample.tuple_key([zz1: 1, z: 2, y: 3]) end, fn -> Enum.fetch!([], 1) end, fn -> String.to_integer("x") end,
  fn -> :erlang.binary_to_integer("1", 99) end, fn -> hd([]) end, fn -> length([1 | 2]) end, fn -> :erlang.atom_to_binary("a") end,
  fn -> binary_part("ab", 1, 5) end, fn -> binary_part("ab", 3, 0) end, fn -> elem(:x, 0) end, fn -> :erlang.list_to_atom(1) end,
  fn -> :erlang.binary_to_existing_atom("zzz_not_an_atom_q", :utf8) end, fn -> :erlang.iolist_to_binary([:a]) end
]

for {f, n} <- Enum.with_index(cases) do
  case catch_raw.(f) do
    {kind, reason, stack} ->
      T.eq("format_error case #{n}: #{inspect(reason, limit: 5)}",
        T.strip(VialKernel.CLI.format_error(kind, reason, stack)),
        IO.iodata_to_binary(Kernel.CLI.format_error(kind, reason, stack)))
      T.eq("normalize case #{n}", T.strip(inspect(VialException.normalize(kind, reason, stack))),
        T.strip(inspect(Exception.normalize(kind, reason, stack))))
      T.eq("format case #{n}", T.strip(VialException.format(kind, reason, stack)), Exception.format(kind, reason, stack))
      T.eq("banner case #{n}", T.strip(VialException.format_banner(kind, reason, stack)), Exception.format_banner(kind, reason, stack))
    :no_error ->
      T.eq("case #{n} raised", false, true)
  end
end

for entry <- [{Foo, :bar, 2, [file: 'lib/foo.ex', line: 3]}, {Foo, :bar, [1, "x"], []}, {:lists, :map, 2, [file: 'lists.erl', line: 1]},
              {Foo, :"-bar/2-fun-0-", 1, [file: 'f.ex', line: 9]}, {Foo, :"bar?", 0, [file: 'f.ex']},
              {Foo, :"-bar/2-fun-0-", [1], []}, {Foo, :__MODULE__, 0, [file: 'f.ex', line: 1]},
              {Foo, :__FILE__, 1, [file: 'f.exs', line: 4]}, {Enum, :map, 2, [file: 'lib/enum.ex', line: 1658]},
              {Foo, :"a b", 1, []}, {Foo, :+, 2, []}] do
  T.eq("stack entry #{inspect(entry)}", VialException.format_stacktrace_entry(entry), Exception.format_stacktrace_entry(entry))
end

for {mod, vmod, fields} <- [
      {RuntimeError, VialRuntimeError, []}, {ArgumentError, VialArgumentError, [message: "m"]},
      {MatchError, VialMatchError, [term: {1, "x"}]}, {CaseClauseError, VialCaseClauseError, [term: :x]},
      {KeyError, VialKeyError, [key: :a, term: %{b: 1}]}, {KeyError, VialKeyError, [key: "a"]},
      {BadArityError, VialBadArityError, [function: &Enum.map/2, args: [1]]},
      {BadArityError, VialBadArityError, [function: &Enum.map/2, args: []]},
      {BadArityError, VialBadArityError, [function: &Enum.map/2, args: [1, 2, 3]]},
      {UndefinedFunctionError, VialUndefinedFunctionError, [module: Enum, function: :nope, arity: 1]},
      {UndefinedFunctionError, VialUndefinedFunctionError, [module: NoMod, function: :f, arity: 0]},
      {FunctionClauseError, VialFunctionClauseError, [module: Foo, function: :f, arity: 1]},
      {Protocol.UndefinedError, VialProtocol.UndefinedError, [protocol: Enumerable, value: 1]},
      {Enum.EmptyError, VialEnum.EmptyError, []}, {Enum.OutOfBoundsError, VialEnum.OutOfBoundsError, []},
      {BadMapError, VialBadMapError, [term: 1]}, {BadBooleanError, VialBadBooleanError, [term: 1, operator: :and]},
      {WithClauseError, VialWithClauseError, [term: 1]}, {TryClauseError, VialTryClauseError, [term: 1]},
      {CondClauseError, VialCondClauseError, []}, {SystemLimitError, VialSystemLimitError, []},
      {ErlangError, VialErlangError, [original: :foo]}, {BadFunctionError, VialBadFunctionError, [term: 1]},
      {ArithmeticError, VialArithmeticError, []}, {File.Error, VialFile.Error, [reason: :enoent, action: "read file", path: "x"]}
    ] do
  T.eq("message #{inspect(mod)}", T.strip(VialException.message(struct(vmod, fields))), Exception.message(struct(mod, fields)))
end

k = fn fun, args -> T.same(Kernel, VialKernel, fun, args) end
data = %{a: %{b: [c: 1, d: [1, 2, 3]]}, l: [x: %{y: 2}]}
for path <- [[:a], [:a, :b], [:a, :b, :c], [:z, :q], [:l, :x, :y], [:a, :b, :d]] do
  k.(:get_in, [data, path]); k.(:put_in, [data, path, :new]); k.(:update_in, [data, path, &{&1}])
  k.(:get_and_update_in, [data, path, &{&1, :upd}]); k.(:pop_in, [data, path])
end
for path <- [[Access.key(:a), Access.key(:b), :d, Access.at(1)], [:a, :b, :d, Access.all()], [:a, :b, :d, Access.filter(&(&1 > 1))],
             [Access.key(:z, %{}), Access.key(:q, 0)], [:l, :x, Access.key!(:y)], [:a, Access.key!(:zz)], [:a, :b, :d, Access.at(-1)]] do
  vpath = Enum.map(path, fn p -> p end)
  T.check("get_in #{inspect(path)}", fn -> VialKernel.get_in(data, vpath) end, fn -> get_in(data, path) end)
  T.check("update_in #{inspect(path)}", fn -> VialKernel.update_in(data, vpath, &{&1}) end, fn -> update_in(data, path, &{&1}) end)
  T.check("pop_in #{inspect(path)}", fn -> VialKernel.pop_in(data, vpath) end, fn -> pop_in(data, path) end)
end
T.check("get_in elem", fn -> VialKernel.get_in({1, {2, 3}}, [VialAccess.elem(1), VialAccess.elem(0)]) end, fn -> get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]) end)
T.check("pop_in nil", fn -> VialKernel.pop_in(nil, [:a]) end, fn -> pop_in(nil, [:a]) end)
k.(:struct, [Range, [first: 1, last: 2, step: 1, bogus: 3]]); k.(:struct, [1..2, [last: 5]]); k.(:struct!, [1..2, [last: 5]])
k.(:struct!, [1..2, [nope: 5]]); k.(:inspect, [[1, 2, 3], [limit: 2]])
# Macros in Elixir, functions in vial.
T.eq("to_string", VialKernel.to_string(:abc), to_string(:abc))
T.eq("then", VialKernel.then(1, &(&1 + 1)), then(1, &(&1 + 1)))
T.eq("tap", VialKernel.tap(1, &(&1 + 1)), tap(1, &(&1 + 1)))
T.eq("is_struct", {VialKernel.is_struct(1..2), VialKernel.is_struct(1..2, Range), VialKernel.is_struct(%{}), VialKernel.is_struct(1..2, Map)},
  {is_struct(1..2), is_struct(1..2, Range), is_struct(%{}), is_struct(1..2, Map)})
T.eq("is_exception", {VialKernel.is_exception(%RuntimeError{}), VialKernel.is_exception(1..2), VialKernel.is_exception(%RuntimeError{}, RuntimeError)},
  {is_exception(%RuntimeError{}), is_exception(1..2), is_exception(%RuntimeError{}, RuntimeError)})

a = fn fun, args -> T.same(Access, VialAccess, fun, args) end
for c <- [%{a: 1}, [a: 1, a: 2], nil, 1..2, {1}], key <- [:a, :b, "s"] do
  a.(:get, [c, key]); a.(:fetch, [c, key]); a.(:get, [c, key, :d]); a.(:pop, [c, key])
  a.(:get_and_update, [c, key, &{&1, 1}])
end

sc = fn fun, args -> T.same(String.Chars, VialString.Chars, fun, args) end
for v <- [nil, :a, true, "s", 1, -15, 1.5, 1.0e20, 1.0e15, 0.1, 'abc', [?a, "b"], {1}, %{}, <<1::3>>, 1..2] do
  sc.(:to_string, [v])
end

capture = fn f -> ExUnit.CaptureIO.capture_io(f) end
Application.ensure_all_started(:ex_unit)
for {label, mine, theirs} <- [
      {"puts", fn -> VialIO.puts("hi") end, fn -> IO.puts("hi") end},
      {"puts list", fn -> VialIO.puts([?a, "b", ["c"]]) end, fn -> IO.puts([?a, "b", ["c"]]) end},
      {"puts int", fn -> VialIO.puts(12) end, fn -> IO.puts(12) end},
      {"write", fn -> VialIO.write(:atom) end, fn -> IO.write(:atom) end},
      {"inspect", fn -> VialIO.inspect(%{a: [1, 2]}) end, fn -> IO.inspect(%{a: [1, 2]}) end},
      {"inspect label", fn -> VialIO.inspect([1, 2, 3], label: "xs", limit: 2) end, fn -> IO.inspect([1, 2, 3], label: "xs", limit: 2) end},
      {"inspect ret", fn -> IO.write(inspect(VialIO.inspect(:ret))) end, fn -> IO.write(inspect(IO.inspect(:ret))) end}
    ] do
  T.eq("io #{label}", capture.(mine), capture.(theirs))
end
T.eq("warn", ExUnit.CaptureIO.capture_io(:stderr, fn -> VialIO.warn("careful", []) end),
  ExUnit.CaptureIO.capture_io(:stderr, fn -> IO.warn("careful", []) end))

st = [1, 2, 3, 4, 5, 6, 7]
for {label, mine, theirs} <- [
      {"map", VialStream.map(st, &(&1 * 2)), Stream.map(st, &(&1 * 2))},
      {"filter take", VialStream.filter(st, &(rem(&1, 2) == 1)) |> VialStream.take(2), Stream.filter(st, &(rem(&1, 2) == 1)) |> Stream.take(2)},
      {"chunk", VialStream.chunk_every(st, 3), Stream.chunk_every(st, 3)},
      {"chunk pad", VialStream.chunk_every(st, 3, 2, [:p]), Stream.chunk_every(st, 3, 2, [:p])},
      {"chunk_by", VialStream.chunk_by(st, &(&1 < 4)), Stream.chunk_by(st, &(&1 < 4))},
      {"with_index", VialStream.with_index(st, 1), Stream.with_index(st, 1)},
      {"drop", VialStream.drop(st, 2), Stream.drop(st, 2)}, {"drop neg", VialStream.drop(st, -2), Stream.drop(st, -2)},
      {"take neg", VialStream.take(st, -2), Stream.take(st, -2)},
      {"take_while", VialStream.take_while(st, &(&1 < 3)), Stream.take_while(st, &(&1 < 3))},
      {"drop_while", VialStream.drop_while(st, &(&1 < 3)), Stream.drop_while(st, &(&1 < 3))},
      {"flat_map", VialStream.flat_map(st, &[&1, &1]), Stream.flat_map(st, &[&1, &1])},
      {"flat_map inf", VialStream.flat_map(st, fn x -> VialStream.repeatedly(fn -> x end) end) |> VialStream.take(3), Stream.flat_map(st, fn x -> Stream.repeatedly(fn -> x end) end) |> Stream.take(3)},
      {"concat", VialStream.concat([1..2, [3], VialStream.map(4..5, & &1)]), Stream.concat([1..2, [3], Stream.map(4..5, & &1)])},
      {"concat inf", VialStream.concat(1..2, VialStream.cycle([:a])) |> VialStream.take(5), Stream.concat(1..2, Stream.cycle([:a])) |> Stream.take(5)},
      {"zip", VialStream.zip(st, VialStream.cycle([:a, :b])), Stream.zip(st, Stream.cycle([:a, :b]))},
      {"zip chunk", VialStream.zip(VialStream.chunk_every(st, 2), VialStream.flat_map(1..3, &[&1, &1])), Stream.zip(Stream.chunk_every(st, 2), Stream.flat_map(1..3, &[&1, &1]))},
      {"unfold", VialStream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end), Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end)},
      {"iterate", VialStream.iterate(1, &(&1 * 3)) |> VialStream.take(4), Stream.iterate(1, &(&1 * 3)) |> Stream.take(4)},
      {"dedup uniq", VialStream.dedup([1, 1, 2, 1]) |> VialStream.uniq(), Stream.dedup([1, 1, 2, 1]) |> Stream.uniq()},
      {"scan", VialStream.scan(st, &+/2), Stream.scan(st, &+/2)},
      {"intersperse", VialStream.intersperse(st, 0), Stream.intersperse(st, 0)},
      {"transform", VialStream.transform(st, 0, fn x, a -> if a > 2, do: {:halt, a}, else: {[x, a], a + 1} end), Stream.transform(st, 0, fn x, a -> if a > 2, do: {:halt, a}, else: {[x, a], a + 1} end)},
      {"take 0", VialStream.take(VialStream.cycle([1]), 0), Stream.take(Stream.cycle([1]), 0)},
      {"map_every", VialStream.map_every(st, 3, &(-&1)), Stream.map_every(st, 3, &(-&1))}
    ] do
  T.eq("stream #{label}", VialEnum.to_list(mine), Enum.to_list(theirs))
  T.eq("stream #{label} take2", VialEnum.take(mine, 2), Enum.take(theirs, 2))
end
T.eq("stream zip enum", VialEnum.zip(VialStream.chunk_every(st, 2), 1..10), Enum.zip(Stream.chunk_every(st, 2), 1..10))
T.eq("stream run", VialStream.run(VialStream.map(st, & &1)), :ok)
{t, r} = :vial_timer.tc(fn -> :done end)
T.eq("timer.tc", {is_integer(t), r}, {true, :done})
T.eq("system argv", VialSystem.argv(), System.argv())
T.eq("system env", VialSystem.get_env("HOME"), System.get_env("HOME"))
T.eq("process dict", (VialProcess.put(:k, 1); {VialProcess.get(:k), VialProcess.delete(:k), VialProcess.get(:k, :d)}), {1, 1, :d})
T.eq("range new", VialRange.new(1, 10, 3), Range.new(1, 10, 3))
T.check("range bad", fn -> VialRange.new(1, 2, 0) end, fn -> Range.new(1, 2, 0) end)
T.check("range float", fn -> VialRange.new(1.0, 2) end, fn -> Range.new(1.0, 2) end)
T.eq("range size", Enum.map([1..10//3, 10..1//1, 5..5, 10..1//-3], &VialRange.size/1), Enum.map([1..10//3, 10..1//1, 5..5, 10..1//-3], &Range.size/1))
T.report()
