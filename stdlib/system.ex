# System: the command line, time, environment variables and halting.
defmodule System do
  def argv, do: :vial.argv()
  def halt(status \\ 0), do: :erlang.halt(status)
  def stop(status \\ 0), do: :erlang.halt(status)
  def version, do: "1.14.0"
  def otp_release, do: "25"

  def monotonic_time, do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_unit(unit))
  def system_time, do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(normalize_unit(unit))
  def os_time, do: :os.system_time()
  def os_time(unit), do: :os.system_time(normalize_unit(unit))
  def time_offset, do: :erlang.time_offset()
  def time_offset(unit), do: :erlang.time_offset(normalize_unit(unit))
  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers)

  def convert_time_unit(time, from, to) do
    :erlang.convert_time_unit(time, normalize_unit(from), normalize_unit(to))
  end

  def schedulers_online, do: :erlang.system_info(:schedulers_online)

  def get_env(name, default \\ nil) when is_binary(name) do
    case :os.getenv(:unicode.characters_to_list(name)) do
      false -> default
      value -> List.to_string(value)
    end
  end

  def fetch_env(name) when is_binary(name) do
    case get_env(name) do
      nil -> :error
      value -> {:ok, value}
    end
  end

  def fetch_env!(name) when is_binary(name) do
    case get_env(name) do
      nil -> raise ArgumentError, "could not fetch environment variable #{Kernel.inspect(name)} because it is not set"
      value -> value
    end
  end

  def put_env(name, value) when is_binary(name) and is_binary(value) do
    :os.putenv(:unicode.characters_to_list(name), :unicode.characters_to_list(value))
    :ok
  end

  def delete_env(name) when is_binary(name) do
    :os.unsetenv(:unicode.characters_to_list(name))
    :ok
  end

  defp normalize_unit(:seconds), do: :second
  defp normalize_unit(:milliseconds), do: :millisecond
  defp normalize_unit(:microseconds), do: :microsecond
  defp normalize_unit(:nanoseconds), do: :nanosecond
  defp normalize_unit(unit), do: unit
end
