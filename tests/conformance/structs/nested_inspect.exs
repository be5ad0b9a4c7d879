# Structs nested in other data and wide structs inspect like maps with %Name{}.
defmodule Item do
  defstruct name: "", price: 0.0, qty: 1
end

defmodule Order do
  defstruct id: nil, items: [], customer: %{}
end

# Struct literals need the struct's module compiled first, so the script's
# code lives in a function of a module defined after it.
defmodule Main do
  def run do
    order = %Order{
      id: 1001,
      items: [%Item{name: "Widget", price: 9.99, qty: 3}, %Item{name: "Gadget with a long name", price: 24.5}],
      customer: %{name: "Zoe", email: "zoe@example.com"}
    }
    IO.inspect(order)
    IO.inspect([%Item{}])
    IO.inspect(%{item: %Item{name: "x"}})
    IO.inspect(order, structs: false, limit: 5)
  end
end

Main.run()
