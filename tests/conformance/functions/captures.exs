# The capture operator: &Mod.fun/arity, &local/arity and &(&1 ...) shorthand.
defmodule M do
  def double(x), do: x * 2
  def run do
    f = &double/1
    IO.inspect(f.(21))
    IO.inspect(Enum.map([1, 2], &double/1))
  end
end

M.run()
up = &String.upcase/1
IO.inspect(up.("abc"))
IO.inspect(Enum.map([1, 2, 3], &M.double/1))
add = &(&1 + &2)
IO.inspect(add.(3, 4))
IO.inspect(Enum.map([1, 2], &{&1, &1 * &1}))
IO.inspect(Enum.map(["a", "b"], &"<#{&1}>"))
IO.inspect(Enum.map([[1, 2], [3]], &length/1))
IO.inspect((&Kernel.max/2).(3, 9))
f = &is_atom/1
IO.inspect(f.(:a))
IO.inspect(Enum.map([1, 2], &[&1]))
IO.inspect(Function.info(&M.double/1, :name))
IO.inspect(&M.double/1)
IO.inspect(&String.upcase/1)
