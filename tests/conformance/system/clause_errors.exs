# System functions given what their clauses refuse: Elixir's heads and lines, normalize_time_unit's ArgumentError, the built-ins' argument details
report = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, stack} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.format(:error, e, Enum.take(stack, 2)))
  end
end

s = System
report.(fn -> System.monotonic_time(:foo) end)
report.(fn -> System.system_time(0) end)
report.(fn -> System.os_time("second") end)
report.(fn -> System.time_offset(:perf_counter) end)
report.(fn -> System.convert_time_unit(1, -1, :second) end)
report.(fn -> System.convert_time_unit(1, :second, nil) end)
report.(fn -> System.convert_time_unit(1.5, :second, :millisecond) end)
report.(fn -> System.unique_integer(:positive) end)
report.(fn -> s.unique_integer([:foo]) end)
report.(fn -> s.unique_integer(:positive) end)
report.(fn -> System.get_env(1) end)
report.(fn -> System.get_env("VIAL_SURELY_UNSET", 1) end)
report.(fn -> System.get_env(:HOME) end)
report.(fn -> System.get_env('HOME', "x") end)
report.(fn -> System.get_env("A=B") end)
report.(fn -> System.fetch_env(nil) end)
report.(fn -> System.fetch_env!("VIAL_SURELY_UNSET") end)
report.(fn -> System.fetch_env!(:a) end)
report.(fn -> System.put_env(nil, "a") end)
report.(fn -> System.put_env("VIAL_SURELY_UNSET", nil) end)
report.(fn -> System.put_env("VIAL=UNSET", "1") end)
report.(fn -> System.put_env([1]) end)
report.(fn -> System.delete_env(nil) end)
report.(fn -> System.find_executable(:ls) end)
report.(fn -> System.halt(1.5) end)
report.(fn -> System.halt(:abc) end)
report.(fn -> System.stop(nil) end)
report.(fn -> System.stop(:abort) end)

IO.inspect(System.find_executable("no-such-program-vial"))
IO.inspect(System.find_executable(""))
IO.inspect(System.find_executable("sh") |> Path.basename())
IO.inspect(System.fetch_env("VIAL_SURELY_UNSET"))
IO.inspect(System.get_env("VIAL_SURELY_UNSET", "default"))
IO.inspect(Map.has_key?(System.get_env(), "PATH"))
IO.inspect(System.get_env()["PATH"] == System.get_env("PATH"))
IO.inspect(System.pid() == List.to_string(:os.getpid()))
IO.inspect({System.endianness(), System.compiled_endianness()})
IO.inspect(System.build_info())
IO.inspect(System.convert_time_unit(3, :second, :millisecond))
