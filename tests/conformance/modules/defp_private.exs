# defp functions are callable only from inside their module.
defmodule Secret do
  def reveal(x), do: "#{hide(x)}!"
  defp hide(x), do: String.reverse(x)
end

IO.puts(Secret.reveal("olleh"))
IO.inspect(function_exported?(Secret, :reveal, 1))
IO.inspect(function_exported?(Secret, :hide, 1))
