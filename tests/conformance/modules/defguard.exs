# defguard defines reusable guards.
defmodule Checks do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguardp is_small(n) when n < 10

  def classify(n) when is_even(n) and is_small(n), do: :small_even
  def classify(n) when is_even(n), do: :even
  def classify(_), do: :odd
end

IO.inspect(Enum.map([2, 12, 3], &Checks.classify/1))
defmodule UsesChecks do
  require Checks
  def even?(n), do: Checks.is_even(n)
end

IO.inspect(UsesChecks.even?(4))
IO.inspect(UsesChecks.even?(:four))
