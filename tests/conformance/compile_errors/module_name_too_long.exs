# A module name is an atom: more than 255 bytes of it is a system limit, reached as defmodule expands.
IO.puts("never printed")
defmodule Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.Segmentxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx do
  def f, do: :ok
end
