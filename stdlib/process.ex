# Process: processes, messages, links, monitors, registered names, timers
# and the process dictionary. The machinery is native (vm/bif_process.c).
defmodule Process do
  def alive?(pid), do: :erlang.is_process_alive(pid)

  def sleep(timeout) when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    receive do
    after
      timeout -> :ok
    end
  end

  def spawn(fun, opts), do: spawn_opts(opts, fun, [])
  def spawn(mod, fun, args, opts), do: spawn_opts(opts, mod, [fun, args])

  defp spawn_opts(opts, a, rest) do
    link = :link in opts
    monitor = :monitor in opts

    case {link, monitor} do
      {false, false} -> apply(:erlang, :spawn, [a | rest])
      {true, false} -> apply(:erlang, :spawn_link, [a | rest])
      {false, true} -> apply(:erlang, :spawn_monitor, [a | rest])
      {true, true} ->
        {pid, ref} = apply(:erlang, :spawn_monitor, [a | rest])
        :erlang.link(pid)
        {pid, ref}
    end
  end

  def send(dest, msg, _options) do
    :erlang.send(dest, msg)
    :ok
  end

  def send_after(dest, msg, time, _opts \\ []), do: :erlang.send_after(time, dest, msg)
  def cancel_timer(timer_ref, _options \\ []), do: :erlang.cancel_timer(timer_ref)
  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  def exit(pid, reason), do: :erlang.exit(pid, reason)
  def link(pid_or_port), do: :erlang.link(pid_or_port)
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)
  def monitor(item), do: :erlang.monitor(:process, item)
  def demonitor(monitor_ref, options \\ []), do: :erlang.demonitor(monitor_ref, options)
  def flag(flag, value), do: :erlang.process_flag(flag, value)
  def list, do: :erlang.processes()

  def register(pid_or_port, name)
      when is_atom(name) and name not in [nil, false, true, :undefined] do
    try do
      :erlang.register(name, pid_or_port)
    catch
      :error, :badarg ->
        message =
          "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because it is " <>
            "not alive, the name is already taken, or it has already been given another name"

        :erlang.error(ArgumentError.exception(message), [pid_or_port, name])
    end
  end

  def unregister(name), do: :erlang.unregister(name)
  def whereis(name), do: nilify(:erlang.whereis(name))
  def registered, do: :erlang.registered()

  @info_keys [:registered_name, :status, :message_queue_len, :links, :dictionary, :trap_exit,
              :total_heap_size, :heap_size, :stack_size, :reductions]

  def info(pid) do
    if :erlang.is_process_alive(pid) do
      for key <- @info_keys, do: {key, elem(:erlang.process_info(pid, key) || {key, []}, 1)}
    end
  end

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec), do: nilify(:erlang.process_info(pid, spec))

  def info(pid, spec) when is_list(spec) do
    if :erlang.is_process_alive(pid), do: Enum.map(spec, &(info(pid, &1) || {&1, []}))
  end

  defp nilify(:undefined), do: nil
  defp nilify(other), do: other

  def put(key, value), do: nilify(:erlang.put(key, value))

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
