# Unary operators and operators used as functions.
IO.inspect(Kernel.+(1, 2))
IO.inspect(Enum.reduce([1, 2, 3], &+/2))
IO.inspect(Enum.map([1, -2], &-/1))
IO.inspect(apply(Kernel, :*, [6, 7]))
IO.inspect(Kernel.<>("a", "b"))
IO.inspect(Kernel.++([1], [2]))
IO.inspect(Kernel.!(nil))
IO.inspect(Kernel.--([1, 2], [1]))
f = &Kernel.==/2
IO.inspect(f.(1, 1.0))
