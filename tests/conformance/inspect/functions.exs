# Named function captures inspect as &Mod.fun/arity.
IO.inspect(&Enum.map/2)
IO.inspect(&:lists.reverse/1)
IO.inspect(&String.length/1)
IO.inspect([&Kernel.+/2])
IO.inspect((&IO.puts/1) == (&IO.puts/1))
IO.inspect(is_function(&Enum.map/2, 2))
