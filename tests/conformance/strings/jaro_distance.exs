# String.jaro_distance/2 compares graphemes, as Elixir 1.14 does.
pairs = [{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"a", "b"}, {"abc", "abc"}, {"", "a"}, {"a", ""},
  {"jellyfish", "smellyfish"}, {"éa", "aé"}, {"ab", "ba"}, {"abcd", "dcba"}, {"crate", "trace"}, {"x", "xx"},
  {"héllo wörld", "hello world"}, {"🙂🙃", "🙃🙂"}, {"aaaa", "aa"}, {"node", "nope"}, {"nodes", "nope"}]
for {a, b} <- pairs, do: IO.puts("#{a}|#{b}|#{String.jaro_distance(a, b)}")
:rand.seed(:exsss, {1, 2, 3})
for _ <- 1..300 do
  gen = fn -> for(_ <- 1..:rand.uniform(12), into: "", do: <<Enum.random(~c"abcdeé")::utf8>>) end
  a = gen.()
  b = gen.()
  IO.puts("#{a}|#{b}|#{String.jaro_distance(a, b)}")
end
