defmodule Kernel.Utils do
  # Functions the compiler's expansions of raise/2, reraise/3 and struct
  # syntax (%M{...}, %M{s | ...}) call at run time.
  @moduledoc false

  def exception(msg) when is_binary(msg), do: RuntimeError.exception(msg)
  def exception(mod) when is_atom(mod), do: mod.exception([])
  def exception(%{__exception__: true} = e), do: e

  def exception(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: #{inspect(other)}"
    )
  end

  def exception(mod, opts) when is_atom(mod), do: mod.exception(opts)

  def exception(other, _opts) do
    ArgumentError.exception(
      "raise/2 and reraise/3 expect a module name as the first argument, got: #{inspect(other)}"
    )
  end

  def check_struct(mod, %{__struct__: mod} = s), do: s
  def check_struct(mod, other), do: :erlang.error(BadStructError.exception(struct: mod, term: other))

  def build_struct(struct, kv, enforce) do
    {map, missing} =
      Enum.reduce(kv, {struct, enforce}, fn {key, val}, {map, keys} ->
        # an unknown field is a KeyError without the struct, as Elixir's is
        if not :erlang.is_map_key(key, map), do: raise(KeyError, key: key)
        {:maps.put(key, val, map), List.delete(keys, key)}
      end)

    case missing do
      [] ->
        map

      _ ->
        raise ArgumentError,
              "the following keys must also be given when building struct #{inspect(struct.__struct__)}: #{inspect(missing)}"
    end
  end

  # the chunks a bitstring generator with fixed-size segments walks
  def bin_chunks(bin, bits), do: chunks(bin, bits, [])

  defp chunks(bin, bits, acc) do
    case bin do
      <<chunk::bitstring-size(bits), rest::bitstring>> -> chunks(rest, bits, [chunk | acc])
      _ -> :lists.reverse(acc)
    end
  end
end
