# System: the command line, time, environment variables, the home and
# temporary directories, and halting.
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

  # $HOME as it was when the VM started: like Erlang, vial reads it once,
  # so System.put_env("HOME", ...) does not move it.
  def user_home do
    case :init.get_argument(:home) do
      {:ok, [[home] | _]} -> List.to_string(home)
      _ -> nil
    end
  end

  def user_home! do
    user_home() || raise RuntimeError, "could not find the user home, please set the HOME environment variable"
  end

  # The first directory this process may write to, trying in turn the
  # directories named by $TMPDIR, $TEMP and $TMP, then /tmp, then the
  # working directory; nil when none will do. A name is given back as the
  # variable spells it (a relative one stays relative).
  def tmp_dir do
    from_env = Enum.map(["TMPDIR", "TEMP", "TMP"], &get_env/1)
    Enum.find(from_env ++ ["/tmp", cwd_or_nil()], &writable_dir?/1)
  end

  def tmp_dir! do
    tmp_dir() ||
      raise RuntimeError, "could not get a writable temporary directory, please set the TMPDIR environment variable"
  end

  defp cwd_or_nil do
    case File.cwd() do
      {:ok, cwd} -> cwd
      {:error, _} -> nil
    end
  end

  defp writable_dir?(nil), do: false

  defp writable_dir?(dir) do
    case File.stat(dir) do
      {:ok, %File.Stat{type: :directory, access: access}} -> access in [:write, :read_write]
      {:ok, _} -> false
      {:error, _} -> false
    end
  end

  defp normalize_unit(:seconds), do: :second
  defp normalize_unit(:milliseconds), do: :millisecond
  defp normalize_unit(:microseconds), do: :microsecond
  defp normalize_unit(:nanoseconds), do: :nanosecond
  defp normalize_unit(unit), do: unit
end
