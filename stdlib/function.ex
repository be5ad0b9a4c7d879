# Function: introspection of funs (:erlang.fun_info) and small helpers.
# Direct calls of capture/3 and info/1,2 compile into the built-ins, as in
# Elixir; these bodies serve apply and captures.
defmodule Function do
  def capture(module, function_name, arity), do: :erlang.make_fun(module, function_name, arity) #@ 86
  def info(fun), do: :erlang.fun_info(fun)
  def info(fun, item), do: :erlang.fun_info(fun, item) #@ 184
  def identity(value), do: value
end
