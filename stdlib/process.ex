# Process: processes, messages, links, monitors, registered names, timers
# and the process dictionary. The machinery is native (vm/bif_process.c).
defmodule Process do
  def alive?(pid), do: :erlang.is_process_alive(pid) #@ 42

  def sleep(timeout) when is_integer(timeout) and timeout >= 0 when timeout == :infinity do #@ 250
    receive do
    after
      timeout -> :ok
    end
  end

  def spawn(fun, opts), do: :erlang.spawn_opt(fun, opts)
  def spawn(mod, fun, args, opts), do: :erlang.spawn_opt(mod, fun, args, opts) #@ 438

  def send(dest, msg, options), do: :erlang.send(dest, msg, options) #@ 286

  def send_after(dest, msg, time, opts \\ []), do: :erlang.send_after(time, dest, msg, opts) #@ 325
  def cancel_timer(timer_ref, options \\ []), do: :erlang.cancel_timer(timer_ref, options) #@ 363
  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref) #@ 381

  def exit(pid, reason), do: :erlang.exit(pid, reason) #@ 173
  def link(pid_or_port), do: :erlang.link(pid_or_port) #@ 548
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port) #@ 564
  def monitor(item), do: :erlang.monitor(:process, item) #@ 479
  def demonitor(monitor_ref, options \\ []), do: :erlang.demonitor(monitor_ref, options) #@ 502
  def flag(flag, value), do: :erlang.process_flag(flag, value) #@ 723
  def flag(pid, flag, value), do: :erlang.process_flag(pid, flag, value)
  def list, do: :erlang.processes()

  def register(pid_or_port, name) #@ 597
      when is_atom(name) and name not in [nil, false, true, :undefined] do
    try do
      :erlang.register(name, pid_or_port)
    catch
      :error, :badarg ->
        message =
          "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because it is " <>
            "not alive, the name is already taken, or it has already been given another name"

        :erlang.error(ArgumentError.exception(message), [pid_or_port, name]) #@ 611
    end
  end

  def unregister(name), do: :erlang.unregister(name) #@ 634
  def whereis(name), do: nillify(:erlang.whereis(name)) #@ 653
  def registered, do: :erlang.registered()

  def info(pid), do: nillify(:erlang.process_info(pid)) #@ 752

  def info(pid, :registered_name) do #@ 764
    case :erlang.process_info(pid, :registered_name) do #@ 765
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec) do
    nillify(:erlang.process_info(pid, spec)) #@ 773
  end

  defp nillify(:undefined), do: nil
  defp nillify(other), do: other

  def put(key, value), do: nillify(:erlang.put(key, value))

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get, do: :erlang.get()
  def get_keys, do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)

  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      value -> value
    end
  end
end
