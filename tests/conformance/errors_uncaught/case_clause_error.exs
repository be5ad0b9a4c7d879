# An uncaught CaseClauseError raised inside a module function.
defmodule T do
  def check(x) do
    case x do
      :a -> 1
    end
  end
end

T.check(:zzz)
