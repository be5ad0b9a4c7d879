# Generates tests/bif/cases.etf: calls of vial's C natives with the results
# real Elixir/Erlang give for them. Run: elixir tests/bif/gen_cases.exs
# (never edit cases.etf by hand). Each case is {module, function, args,
# {:ok, result} | {:raise, class, reason}}; :vial cases run through the
# Elixir functions the :vial natives stand for.
defmodule VialRef do
  def string_upcase(s), do: String.upcase(s)
  def string_upcase(s, m), do: String.upcase(s, m)
  def string_downcase(s), do: String.downcase(s)
  def string_downcase(s, m), do: String.downcase(s, m)
  def string_capitalize(s), do: String.capitalize(s)
  def string_capitalize(s, m), do: String.capitalize(s, m)
  def graphemes(s), do: String.graphemes(s)
  def grapheme_count(s), do: String.length(s)
  def next_grapheme(s), do: String.next_grapheme(s)
  def string_reverse(s), do: String.reverse(s)
  def string_slice(s, a, b), do: String.slice(s, a, b)
  def normalize(s, f), do: String.normalize(s, f)
  def printable?(s), do: String.printable?(s)
  def printable?(s, l), do: String.printable?(s, l)
  def inspect(t, opts), do: Kernel.inspect(t, opts)
  def to_string(t), do: Kernel.to_string(t)
end

cases = Code.eval_file(Path.join(__DIR__, "cases.exs")) |> elem(0)

results =
  for {m, f, args} <- cases do
    mod = if m == :vial, do: VialRef, else: m
    r =
      try do
        # io_lib's deep-list shape is an implementation detail: compare the text
        if m == :io_lib, do: {:ok, List.flatten(apply(mod, f, args))}, else: {:ok, apply(mod, f, args)}
      catch
        class, reason -> {:raise, class, reason}
      end
    {m, f, args, r}
  end

File.write!(Path.join(__DIR__, "cases.etf"), :erlang.term_to_binary(results))
IO.puts("#{length(results)} cases")
