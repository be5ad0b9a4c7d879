# gen.exs — runs real Elixir on every case of cases.txt and writes
# expected.txt: each term in External Term Format, the inspect options, and
# the exact text Elixir prints. Run through gen.sh; never edit the output.
defmodule User do
  defstruct [:name, :age]
end

defmodule Wide do
  defstruct Enum.map(1..12, &{:"field_number_#{&1}", &1})
end

defmodule Gen do
  def hex(bin), do: Base.encode16(bin)

  def opts_line(opts) do
    o = Inspect.Opts.new(opts)
    enc = fn
      :infinity -> -1
      n -> n
    end
    cl = %{infer: 0, as_lists: 1, as_charlists: 2}[o.charlists]
    bi = %{infer: 0, as_binaries: 1, as_strings: 2}[o.binaries]
    "opts #{enc.(o.limit)} #{enc.(o.printable_limit)} #{enc.(o.width)} #{cl} #{bi} " <>
      "#{if o.pretty, do: 1, else: 0} #{if o.structs, do: 1, else: 0}"
  end

  # Struct modules met inside a term, with their fields in definition order
  # (the order Elixir prints them), for the C driver's hook.
  def structs(%{__struct__: m} = map, acc) when is_atom(m) do
    acc =
      if function_exported?(m, :__struct__, 0),
        do: Map.put(acc, m, Enum.map(m.__info__(:struct), & &1.field)),
        else: acc
    map |> Map.to_list() |> structs(acc)
  end
  def structs(t, acc) when is_map(t), do: t |> Map.to_list() |> structs(acc)
  def structs(t, acc) when is_tuple(t), do: t |> Tuple.to_list() |> structs(acc)
  def structs([h | t], acc), do: structs(t, structs(h, acc))
  def structs(_, acc), do: acc

  def run(path, out_path) do
    lines = path |> File.read!() |> String.split("\n")
    {records, structs} =
      lines
      |> Enum.with_index(1)
      |> Enum.reject(fn {l, _} -> String.trim(l) == "" or String.starts_with?(l, "#") end)
      |> Enum.map_reduce(%{}, fn {line, n}, acc ->
        {mode, line} =
          case line do
            "S: " <> rest -> {"to_string", rest}
            _ -> {"inspect", line}
          end
        [expr | rest] = String.split(line, " ;; ", parts: 2)
        opts = if rest == [], do: [], else: elem(Code.eval_string("[" <> hd(rest) <> "]"), 0)
        {term, _} = Code.eval_string(expr)
        out =
          case mode do
            "inspect" -> inspect(term, opts)
            "to_string" ->
              try do
                to_string(term)
              rescue
                _ -> "ERROR"
              end
          end
        rec = [
          "case #{n} #{line}\n",
          "mode #{mode}\n",
          "etf #{hex(:erlang.term_to_binary(term))}\n",
          opts_line(opts), "\n",
          "out #{byte_size(out)}\n", out, "\n"
        ]
        {rec, structs(term, acc)}
      end)
    defs = for {m, keys} <- structs, do: "struct #{hex(:erlang.term_to_binary({m, keys}))}\n"
    # File.write!, not stdout: a unicode stdout would re-encode the bytes.
    File.write!(out_path, [defs, records])
  end
end

[cases, out] = System.argv()
Gen.run(cases, out)
