# A function call cannot appear in a match pattern.
defmodule T do
  def run(list) do
    length(list) = 3
  end
end
