# CaseClauseError: no case clause matched.
defmodule T do
  def check(x) do
    case x do
      :a -> 1
      :b -> 2
    end
  end
end

try do
  T.check(:c)
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
try do
  T.check(%{big: [1, 2, 3]})
rescue
  e -> IO.puts(Exception.message(e))
end
