# A fn's frame counts the variables it captures in its arity, as BEAM's do.
defmodule Greeter do
  def make(greeting, punctuation) do
    fn name ->
      if name == "" do
        raise ArgumentError, "no name for #{greeting}#{punctuation}"
      end

      greeting <> ", " <> name <> punctuation
    end
  end
end

hello = Greeter.make("Hello", "!")
IO.puts(hello.("Ada"))
IO.puts(hello.(""))
