# Module: alias names as atoms ("Elixir.Foo.Bar").
defmodule Module do
  def concat(a, b), do: concat([a, b])

  def concat(parts) when is_list(parts) do
    names = parts |> Enum.reject(fn p -> p == nil end) |> Enum.map(&alias_part/1) |> Enum.reject(fn n -> n == "" end)
    :erlang.binary_to_atom(Enum.join(["Elixir" | names], "."), :utf8)
  end

  def split(module) when is_atom(module), do: split(Atom.to_string(module))
  def split("Elixir." <> name), do: String.split(name, ".")

  def split(other) do
    raise ArgumentError, "expected an Elixir module, got: #{Kernel.inspect(other)}"
  end

  defp alias_part(part) when is_atom(part), do: strip_elixir(Atom.to_string(part))
  defp alias_part(part) when is_binary(part), do: strip_elixir(part)

  defp strip_elixir("Elixir." <> rest), do: rest
  defp strip_elixir("Elixir"), do: ""
  defp strip_elixir(name), do: name
end
