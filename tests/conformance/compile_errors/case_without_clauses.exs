# case needs -> clauses in its do-block
defmodule Classify do
  def kind(x) do
    case x do
      :ok
    end
  end
end
