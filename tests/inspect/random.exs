# random.exs — random nested terms and options, inspected by real Elixir,
# written in expected.txt's format: a differential test of the pretty printer.
# Usage: elixir random.exs SEED COUNT OUT
defmodule User do
  defstruct [:name, :age]
end

defmodule Rand do
  @atoms [:a, :ok, :error, :foo_bar, :"with space", Foo, Foo.Bar, nil, true, :+, :"::", :héllo,
           :__struct__, :"Elixir", :"a\"b", :日本, :"µ", :foo@bar, :"1a", :..., :"%{}", :"=>"]
  @strings ["", "x", "hello world", "é", "line\nbreak", "quote\"d", "a much longer string that takes up space",
            "日本語のテキスト", "\#{interp}", "tab\there", "\uFEFF", "emoji 😀 here", <<0xFFFE::utf8>>,
            "ctrl \x01", "\x7F", "back\\slash"]

  def term(0), do: leaf()
  def term(d) do
    case :rand.uniform(12) do
      n when n <= 4 -> leaf()
      5 -> list(d, :rand.uniform(6) - 1)
      6 -> list(d, Enum.random([0, 2, 8, 15, 30, 55]))
      7 -> List.to_tuple(for _ <- 1..(:rand.uniform(5) - 1)//1, do: term(d - 1))
      8 -> for(_ <- 1..:rand.uniform(5), do: {Enum.random(@atoms -- [Foo, Foo.Bar]), term(d - 1)})
      9 -> Map.new(for _ <- 1..:rand.uniform(6), do: {Enum.random([leaf(), Enum.random(@atoms)]), term(d - 1)})
      10 -> %User{name: term(d - 1), age: term(d - 1)}
      11 -> improper(d)
      12 -> Enum.random([1..:rand.uniform(100), 5..1//-1, Enum.to_list(1..:rand.uniform(40)),
                        MapSet.new(for _ <- 1..:rand.uniform(5), do: leaf()),
                        Map.new(1..:rand.uniform(60), &{&1, leaf()}),
                        Map.new(1..:rand.uniform(40), &{:"k#{&1}", &1}),
                        %ArgumentError{message: Enum.random(@strings)},
                        String.to_charlist(Enum.random(@strings))])
    end
  end

  def list(d, n), do: for(_ <- 1..n//1, do: term(d - 1))
  def improper(d), do: list(d, :rand.uniform(3)) ++ leaf()

  def leaf do
    case :rand.uniform(12) do
      1 -> :rand.uniform(100)
      2 -> -:rand.uniform(1_000_000)
      3 -> :rand.uniform(Bitwise.bsl(1, 80))
      4 -> :rand.uniform() * Enum.random([1, 1.0e10, 1.0e-10, 1000])
      5 -> Enum.random(@atoms)
      6 -> Enum.random(@strings)
      7 -> String.duplicate("ab", :rand.uniform(40))
      8 -> :crypto.strong_rand_bytes(:rand.uniform(30))
      9 -> Enum.random(['abc', 'hello world', [1, 2, 3], 'x\ny'])
      10 -> <<:rand.uniform(255), 3::size(3)>>
      11 -> {}
      12 -> []
    end
  end

  def opts do
    base = [
      pretty: :rand.uniform(5) > 1,
      width: Enum.random([0, 5, 10, 20, 30, 40, 60, 80, 80, 80, 100, :infinity]),
      limit: Enum.random([50, 50, 3, 5, 10, :infinity])
    ]
    base ++ Enum.random([[], [], [printable_limit: Enum.random([3, 20])],
                         [charlists: :as_lists], [binaries: :as_strings], [structs: false]])
  end
end

[seed, count, out] = System.argv()
:rand.seed(:exsss, {String.to_integer(seed), 7, 11})
enc = fn :infinity -> -1; n -> n end
recs =
  for i <- 1..String.to_integer(count) do
    t = Rand.term(Enum.random([1, 2, 3, 4]))
    opts = Rand.opts()
    o = Inspect.Opts.new(opts)
    text = inspect(t, opts)
    cl = %{infer: 0, as_lists: 1, as_charlists: 2}[o.charlists]
    bi = %{infer: 0, as_binaries: 1, as_strings: 2}[o.binaries]
    ["case #{i} random #{inspect(opts)}\n", "mode inspect\n",
     "etf #{Base.encode16(:erlang.term_to_binary(t))}\n",
     "opts #{enc.(o.limit)} #{enc.(o.printable_limit)} #{enc.(o.width)} #{cl} #{bi} ",
     "#{if o.pretty, do: 1, else: 0} #{if o.structs, do: 1, else: 0}\n",
     "out #{byte_size(text)}\n", text, "\n"]
  end
defs = "struct #{Base.encode16(:erlang.term_to_binary({User, [:name, :age]}))}\n" <>
       "struct #{Base.encode16(:erlang.term_to_binary({MapSet, [:map, :version]}))}\n" <>
       "struct #{Base.encode16(:erlang.term_to_binary({Range, [:first, :last, :step]}))}\n" <>
       "struct #{Base.encode16(:erlang.term_to_binary({ArgumentError, [:__exception__, :message]}))}\n"
File.write!(out, [defs, recs])
