# Struct update syntax and matching on struct type and fields.
defmodule User do
  defstruct name: nil, admin: false
end

# Struct literals need the struct's module compiled first, so the script's
# code lives in a function of a module defined after it.
defmodule Main do
  def run do
    u = %User{name: "joe"}
    u2 = %User{u | admin: true}
    IO.inspect(u2)
    IO.inspect(%{u | name: "ann"})
    %User{name: name} = u2
    IO.inspect(name)
    describe = fn
      %User{admin: true, name: n} -> "admin #{n}"
      %User{name: n} -> "user #{n}"
      %{} -> "plain map"
    end
    IO.puts(describe.(u))
    IO.puts(describe.(u2))
    IO.puts(describe.(%{name: "x"}))
    IO.inspect(u == %User{name: "joe", admin: false})
    IO.inspect(Map.put(u, :admin, :maybe))
  end
end

Main.run()
