# A do block without its end is a syntax error reported at the end of the file.
defmodule T do
  def run do
    :ok
end
