# Differential checks: a vial stdlib call and Elixir's own must give the same
# value, or raise the same exception (module name and message, "Vial" dropped).
defmodule T do
  def outcome(f) do
    try do
      {:ok, f.()}
    rescue
      e -> {:raise, strip(inspect(e.__struct__)), strip(Exception.message(e))}
    catch
      kind, v -> {kind, v}
    end
  end

  def strip(s), do: String.replace(s, "Vial", "")

  def check(label, mine, theirs) do
    if System.get_env("TRACE"), do: IO.puts(:stderr, label)
    a = outcome(mine)
    b = outcome(theirs)
    if a == b do
      Process.put(:pass, Process.get(:pass, 0) + 1)
    else
      Process.put(:fail, Process.get(:fail, 0) + 1)
      IO.puts("FAIL #{label}\n  vial:   #{inspect(a, limit: 30)}\n  elixir: #{inspect(b, limit: 30)}")
    end
  end

  # Same function name and arguments on both modules.
  def same(mod, vmod, fun, args) do
    check("#{inspect(mod)}.#{fun}#{inspect(args, limit: 8)}",
      fn -> apply(vmod, fun, args) end, fn -> apply(mod, fun, args) end)
  end

  def eq(label, got, want) do
    check(label, fn -> got end, fn -> want end)
  end

  def report do
    IO.puts("RESULT #{Process.get(:pass, 0)} #{Process.get(:fail, 0)}")
  end
end
