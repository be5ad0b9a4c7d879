# alias with braces aliases several modules at once; __MODULE__ in nested scopes.
defmodule Shop.Cart do
  def name, do: "cart"
end

defmodule Shop.Item do
  def name, do: "item"
end

defmodule Shop.Main do
  alias Shop.{Cart, Item}

  def run do
    IO.puts(Cart.name() <> " " <> Item.name())
    IO.inspect([Cart, Item])
    IO.inspect(__MODULE__)
  end
end

Shop.Main.run()
