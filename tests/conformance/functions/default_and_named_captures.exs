# Captures of functions with default arguments pick one arity.
defmodule D do
  def greet(name, greeting \\ "hi"), do: "#{greeting} #{name}"
end

f1 = &D.greet/1
f2 = &D.greet/2
IO.puts(f1.("ann"))
IO.puts(f2.("bob", "hello"))
IO.inspect({Function.info(f1, :arity), Function.info(f2, :arity)})
