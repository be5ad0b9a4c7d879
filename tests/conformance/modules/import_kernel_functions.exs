# A local function may shadow an imported one if Kernel's import is excluded.
defmodule MyMath do
  import Kernel, except: [max: 2]
  def max(a, b), do: {:my_max, Kernel.max(a, b)}
  def run, do: max(1, 2)
end

IO.inspect(MyMath.run())
