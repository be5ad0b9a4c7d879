# A module's compile warnings come out when its defmodule runs, after what
# the script printed before it; the script's own come first of all.
unused_at_top = 1
IO.puts(:stderr, "first line on stderr")

defmodule First do
  def f(x) do
    unused_in_first = x
    :ok
  end
end

IO.puts(:stderr, "between the modules")

defmodule Second do
  def g(y) do
    unused_in_second = y
    :ok
  end

  defmodule Inner do
    def h(z) do
      unused_in_inner = z
      :ok
    end
  end
end

IO.puts(:stderr, "after the modules")
IO.inspect({First.f(1), Second.g(2), Second.Inner.h(3)})
