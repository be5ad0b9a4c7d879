# Code: the parts of code loading a program can ask about.
defmodule Code do
  def ensure_loaded(module) when is_atom(module), do: :code.ensure_loaded(module)

  def ensure_loaded?(module) when is_atom(module) do
    case :code.ensure_loaded(module) do
      {:module, _} -> true
      {:error, _} -> false
    end
  end
end
