# Building a struct literal without an enforced key fails at compile time.
defmodule Account do
  @enforce_keys [:id, :owner]
  defstruct [:id, :owner, balance: 0]
end

defmodule Bank do
  def open, do: %Account{balance: 1}
end

IO.inspect(Bank.open())
