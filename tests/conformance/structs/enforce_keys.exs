# @enforce_keys makes struct construction without those keys an error.
defmodule Account do
  @enforce_keys [:id]
  defstruct [:id, balance: 0]
end

# Struct literals need the struct's module compiled first, so the script's
# code lives in a function of a module defined after it.
defmodule Main do
  def run do
    IO.inspect(%Account{id: 1})
    IO.inspect(struct!(Account, id: 2, balance: 5))
    try do
      struct!(Account, balance: 5)
    rescue
      e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
    end
  end
end

Main.run()
