# Integer.is_even/1 is a macro: called at run time by name, it is undefined,
# and the error says to require Integer.
IO.inspect(Enum.map([1, 2], fn x -> apply(Kernel, :is_integer, [x]) end))
IO.inspect(apply(Integer, :is_even, [2]))
