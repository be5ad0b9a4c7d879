# System: the command line, time, environment variables, the home and
# temporary directories, and halting.
defmodule System do
  def argv, do: :vial.argv()

  def halt(status \\ 0)
  def halt(status) when is_integer(status) or status == :abort, do: :erlang.halt(status) #@ 822
  def halt(status) when is_binary(status), do: :erlang.halt(String.to_charlist(status))

  def stop(status \\ 0)
  def stop(status) when is_integer(status), do: :erlang.halt(status) #@ 891
  def stop(status) when is_binary(status), do: :erlang.halt(String.to_charlist(status))

  def no_halt, do: :vial.no_halt()
  def no_halt(boolean) when is_boolean(boolean), do: :vial.no_halt(boolean) #@ 288

  def version, do: "1.14.0"
  def otp_release, do: "25"

  def build_info do
    %{
      build: "1.14.0 (compiled with Erlang/OTP 24)",
      date: "2022-10-08T16:54:46Z",
      otp_release: "24",
      revision: "",
      version: "1.14.0"
    }
  end

  def endianness, do: :little
  def compiled_endianness, do: :little

  def cwd do
    case File.cwd() do
      {:ok, cwd} -> cwd
      _ -> nil
    end
  end

  def cwd!, do: File.cwd!()

  def pid, do: List.to_string(:os.getpid())
  def get_pid, do: pid()
  def stacktrace, do: []

  def find_executable(program) when is_binary(program) do #@ 600
    case :os.find_executable(String.to_charlist(program)) do
      false -> nil
      other -> List.to_string(other)
    end
  end

  def monotonic_time, do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_time_unit(unit)) #@ 1145
  def system_time, do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(normalize_time_unit(unit)) #@ 1171
  def os_time, do: :os.system_time()
  def os_time(unit), do: :os.system_time(normalize_time_unit(unit)) #@ 1250
  def time_offset, do: :erlang.time_offset()
  def time_offset(unit), do: :erlang.time_offset(normalize_time_unit(unit)) #@ 1222
  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers) #@ 1305

  def convert_time_unit(time, from_unit, to_unit) do
    :erlang.convert_time_unit(time, normalize_time_unit(from_unit), normalize_time_unit(to_unit)) #@ 1193
  end

  def schedulers, do: :erlang.system_info(:schedulers)
  def schedulers_online, do: :erlang.system_info(:schedulers_online)

  def get_env do
    Enum.into(:os.getenv(), %{}, fn var ->
      [name, value] = String.split(List.to_string(var), "=", parts: 2)
      {name, value}
    end)
  end

  def get_env(varname, default \\ nil) #@ 655
      when is_binary(varname) and (is_binary(default) or default == nil) do
    case :os.getenv(String.to_charlist(varname)) do #@ 658
      false -> default
      value -> List.to_string(value)
    end
  end

  def fetch_env(varname) when is_binary(varname) do #@ 681
    case get_env(varname) do
      nil -> :error
      value -> {:ok, value}
    end
  end

  def fetch_env!(varname) when is_binary(varname) do #@ 705
    get_env(varname) || raise(System.EnvError, env: varname) #@ 706
  end

  def put_env(varname, value) when is_binary(varname) and is_binary(value) do #@ 727
    if String.contains?(varname, "=") do
      raise ArgumentError, "cannot execute System.put_env/2 for key with \"=\", got: #{inspect(varname)}" #@ 730
    end

    :os.putenv(String.to_charlist(varname), String.to_charlist(value))
    :ok
  end

  def put_env(enum) do
    Enum.each(enum, fn {key, val} -> #@ 749
      key = to_charlist(key)

      if ?= in key do
        raise ArgumentError, "cannot execute System.put_env/1 for key with \"=\", got: #{inspect(key)}" #@ 761
      end

      # (a fn's clause error takes the line of its last expression)
      :os.putenv(key, to_charlist(val)) #@ 749
    end)
  end

  def delete_env(varname) do
    :os.unsetenv(String.to_charlist(varname)) #@ 774
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

  defp normalize_time_unit(unit)
       when unit in [:native, :second, :millisecond, :microsecond, :nanosecond] or (is_integer(unit) and unit > 0),
       do: unit

  defp normalize_time_unit(:seconds), do: deprecated_time_unit(:seconds, :second)
  defp normalize_time_unit(:milliseconds), do: deprecated_time_unit(:milliseconds, :millisecond)
  defp normalize_time_unit(:microseconds), do: deprecated_time_unit(:microseconds, :microsecond)
  defp normalize_time_unit(:nanoseconds), do: deprecated_time_unit(:nanoseconds, :nanosecond)

  defp normalize_time_unit(other) do
    raise ArgumentError, #@ 1338
          "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got " <>
            inspect(other)
  end

  # Warned of once per unit and calling function, with the 4 frames of the
  # caller's stack that Elixir shows (what its 8-frame current stacktrace
  # leaves below its own 4); this function's and the System function's go.
  defp deprecated_time_unit(unit, replacement) do
    stacktrace =
      try do
        throw(:stacktrace)
      catch
        :throw, :stacktrace -> Enum.take(Enum.drop(__STACKTRACE__, 2), 4)
      end

    caller = with [{m, f, a, _} | _] <- stacktrace, do: {m, f, a}

    if :vial.first_time(inspect({__MODULE__, unit, caller})) do
      IO.warn(
        "deprecated time unit: #{inspect(unit)}. A time unit should be :second, :millisecond, :microsecond, :nanosecond, or a positive integer",
        stacktrace
      )
    end

    replacement
  end
end

defmodule System.EnvError do
  defexception [:env]

  def message(%{env: env}) do
    "could not fetch environment variable #{inspect(env)} because it is not set"
  end
end
