# A trailing keyword list in a call needs no brackets.
defmodule Opts do
  def show(name, opts \\ []) do
    IO.inspect({name, opts})
    IO.inspect(Keyword.get(opts, :color, :none))
  end
end

Opts.show(:plain)
Opts.show(:colored, color: :red, size: 3)
Opts.show(:explicit, [color: :blue])
IO.inspect(if true, do: :yes, else: :no)
IO.inspect([do: 1, else: 2])
