# Kernel.CLI: what the `vial` command prints for an error nobody rescued,
# byte for byte what `elixir file.exs` prints to stderr (Elixir 1.14).
defmodule Kernel.CLI do
  # The banner, the FunctionClauseError's arguments when the top frame has
  # them, then the stacktrace. Returns a binary ending in a newline. What
  # `elixir file.exs` prints too: a script's trace ends in the runner's
  # frames as on BEAM (the VM adds them), and pruning leaves
  # Code.require_file only under at most 2 frames of the script. Class
  # :EXIT (from the VM, never raised) is an exit signal that ended the
  # script's process (a link or exit/2): Elixir's runner sees it as the
  # :DOWN of that process and prints "** (EXIT from #PID<...>) reason".
  def format_error(:EXIT, reason, _), do: format_error({:EXIT, self()}, reason, [])

  def format_error(kind, reason, stacktrace) do
    {blamed, stacktrace} = Exception.blame(kind, reason, stacktrace)

    banner =
      case blamed do
        %FunctionClauseError{} ->
          Exception.format_banner(kind, reason, stacktrace) <>
            pad(FunctionClauseError.blame(blamed, fn a -> Kernel.inspect(a) end, &blame_match/1))

        _ ->
          Exception.format_banner(kind, blamed, stacktrace)
      end

    banner <> "\n" <> Exception.format_stacktrace(prune_stacktrace(stacktrace))
  end

  # Under "Attempted function clauses" what matched is +marked+ too.
  defp blame_match(%{match?: true, node: node}), do: "+" <> Macro.to_string(node) <> "+"
  defp blame_match(blamed), do: FunctionClauseError.blame_match(blamed)

  # What `elixir -e` prints: Elixir evaluates the code with :erl_eval, so
  # the evaluator's frame stands where the code's own would be (also when a
  # tail call left no frame of the code), a fn of the code called from
  # elsewhere is the evaluator's too (one the code calls itself leaves no
  # frame), and the runner's frame follows.
  def format_eval_error(:EXIT, reason, _), do: format_error(:EXIT, reason, [])

  def format_eval_error(kind, reason, stacktrace) do
    runner = [
      {:erl_eval, :do_apply, 7, [file: 'erl_eval.erl', line: 744]},
      {Code, :validated_eval_string, 3, [file: 'lib/code.ex', line: 422]}
    ]

    format_error(kind, reason, evaluated(stacktrace) ++ runner)
  end

  # A fn of the code whose last expression called a built-in that failed
  # (the frame above it has the arguments) leaves no frame: erl_eval made
  # that call a tail call.
  defp evaluated(stacktrace), do: evaluated(stacktrace, nil)

  defp evaluated([{:elixir_compiler_0, :__FILE__, _, _} | rest], _above), do: evaluated(rest, nil)

  defp evaluated([{:elixir_compiler_0, _, _, _} = frame | rest], above) do
    case {rest, above} do
      {[], _} -> []
      {[{:elixir_compiler_0, :__FILE__, _, _} | _], _} -> evaluated(rest, frame)
      {_, {_, _, args, _}} when is_list(args) -> evaluated(rest, frame)
      _ -> [{:erl_eval, :do_apply, 7, [file: 'erl_eval.erl', line: 742]} | evaluated(rest, frame)]
    end
  end

  defp evaluated([frame | rest], _above), do: [frame | evaluated(rest, frame)]
  defp evaluated([], _above), do: []

  # The report Elixir's Logger prints for a process that raised or threw
  # (the VM adds the time and level). Logger.Translator formats the banner
  # and each frame as they are: no blame (so no "The following arguments
  # were given", no "Did you mean") and no pruning.
  def format_crash(pid, kind, reason, stacktrace) do
    {kind, reason} = if kind == :throw, do: {:error, {:nocatch, reason}}, else: {kind, reason}
    frames = for entry <- stacktrace, do: "\n    " <> Exception.format_stacktrace_entry(entry)

    "Process #{Kernel.inspect(pid)} raised an exception\n" <>
      Exception.format_banner(kind, reason, stacktrace) <> :erlang.iolist_to_binary(frames) <> "\n"
  end

  # Writes format_error/3 to stderr.
  def print_error(kind, reason, stacktrace) do
    :vial.put_chars(:stderr, format_error(kind, reason, stacktrace))
  end

  # Frames of the compiler and of the runner itself are noise to the user.
  @compiler_modules [:elixir, :elixir_aliases, :elixir_expand, :elixir_compiler, :elixir_module,
                     :elixir_clauses, :elixir_lexical, :elixir_def, :elixir_map, :elixir_locals,
                     :elixir_erl, :elixir_erl_clauses, :elixir_erl_compiler, :elixir_erl_pass,
                     Kernel.ErrorHandler, Module.ParallelChecker]

  defp prune_stacktrace([{Kernel.CLI, :wrapper, 1, _} | _]), do: []

  defp prune_stacktrace([{mod, _, _, _} = h | t]) do
    if :lists.member(mod, @compiler_modules), do: prune_stacktrace(t), else: [h | prune_stacktrace(t)]
  end

  defp prune_stacktrace([h | t]), do: [h | prune_stacktrace(t)]
  defp prune_stacktrace([]), do: []

  defp pad(string), do: "    " <> String.replace(string, "\n", "\n    ")
end
