# reraise keeps the stack trace it is given, even an empty one; an exception without a message field and no message/1 is warned about once its module is compiled
defmodule Quiet do
  defexception [:detail]
  def f(unused), do: 1
end

try do
  reraise ArgumentError, [message: "given"], []
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end

IO.inspect(Quiet.exception(detail: 1))
reraise "with no trace", []
