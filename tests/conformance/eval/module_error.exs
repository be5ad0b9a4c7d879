# -e: an error raised in a module the evaluated code defines.
defmodule EvalMod do
  def check(x) when x > 0, do: x
  def check(_), do: raise(ArgumentError, "not positive")
end

IO.puts(EvalMod.check(1))
EvalMod.check(-1)
