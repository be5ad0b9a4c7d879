# Function: introspection of funs (:erlang.fun_info) and small helpers.
defmodule Function do
  def info(fun) when is_function(fun), do: :erlang.fun_info(fun)
  def info(fun, item) when is_function(fun), do: :erlang.fun_info(fun, item)
  def capture(module, name, arity), do: :erlang.make_fun(module, name, arity)
  def identity(value), do: value
end
