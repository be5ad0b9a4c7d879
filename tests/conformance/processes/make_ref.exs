# make_ref/0 returns unique references that compare equal only to themselves and survive message passing.
defmodule Refs do
  def run do
    a = make_ref()
    b = make_ref()
    IO.inspect({is_reference(a), is_reference(b)})
    IO.inspect(a == a)
    IO.inspect(a == b)
    IO.inspect(a === a)
    refs = for _ <- 1..1000, do: make_ref()
    IO.inspect(length(Enum.uniq(refs)))
    IO.inspect(is_reference(a) and not is_pid(a) and not is_atom(a))

    # a reference sent away and back is still the same reference
    parent = self()

    pid =
      spawn(fn ->
        receive do
          {:echo, ref} -> send(parent, {:back, ref})
        end
      end)

    send(pid, {:echo, a})

    receive do
      {:back, ^a} -> IO.puts("same ref came back")
      {:back, _} -> IO.puts("a different ref came back")
    end

    # references as map keys
    m = %{a => :first, b => :second}
    IO.inspect({m[a], m[b]})

    # term order: numbers < atoms < references < funs < ports < pids < tuples
    IO.inspect(1 < a and :atom < a and a < self() and a < {})
    IO.inspect(Enum.sort([self(), a, :atom, 1]) == [1, :atom, a, self()])
  end
end

Refs.run()
