# An uncaught custom exception prints its message and the stacktrace to stderr.
defmodule ValidationError do
  defexception [:field]

  @impl true
  def message(%{field: f}), do: "invalid field #{inspect(f)}"
end

IO.puts("before")
raise ValidationError, field: :age
