# defexception with a message field, message/1 override, and exception/1.
defmodule MyError do
  defexception message: "default my error"
end

defmodule ValidationError do
  defexception [:field, :reason]

  @impl true
  def message(%{field: f, reason: r}), do: "#{f} is invalid: #{r}"
end

defmodule WrapError do
  defexception [:message]

  @impl true
  def exception(value), do: %WrapError{message: "wrapped #{inspect(value)}"}
end

# Struct literals need the struct's module compiled first, so the script's
# code lives in a function of a module defined after it.
defmodule Main do
  def run do
    try do
      raise MyError
    rescue
      e -> IO.inspect({e, Exception.message(e)})
    end
    try do
      raise MyError, "other text"
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      raise ValidationError, field: :email, reason: "missing @"
    rescue
      e in ValidationError ->
        IO.puts(Exception.message(e))
        IO.inspect(e)
    end
    try do
      raise WrapError, {:some, :term}
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(%MyError{})
  end
end

Main.run()
