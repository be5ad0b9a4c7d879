# The standard exceptions, with Elixir 1.14's exact messages, and the
# Exception module: turning raw Erlang error reasons into exception structs
# (normalize/3), enriching them from the stacktrace (blame/3) and formatting.
defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"

  # The VM's frame for the failed operator carries its arguments.
  def blame(%{message: message} = exception, [{:erlang, fun, args, _} | _] = stacktrace) do
    {%{exception | message: message <> operands(fun, args)}, stacktrace}
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}

  defp operands(op, [a]) when op == :+ or op == :-, do: ": #{op}(#{Kernel.inspect(a)})"

  defp operands(op, [a, b]) when op == :+ or op == :- or op == :* or op == :/ do
    ": #{Kernel.inspect(a)} #{op} #{Kernel.inspect(b)}"
  end

  defp operands(fun, [a, b]) when fun == :div or fun == :rem do
    ": #{fun}(#{Kernel.inspect(a)}, #{Kernel.inspect(b)})"
  end

  defp operands(fun, [a, b]) when fun in [:band, :bor, :bxor, :bsl, :bsr] do
    ": Bitwise.#{fun}(#{Kernel.inspect(a)}, #{Kernel.inspect(b)})"
  end

  defp operands(:bnot, [a]), do: ": Bitwise.bnot(#{Kernel.inspect(a)})"
  defp operands(_, _), do: ""
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule MatchError do
  defexception [:term]
  def message(%{term: term}), do: "no match of right hand side value: #{Kernel.inspect(term)}"
end

defmodule CaseClauseError do
  defexception [:term]
  def message(%{term: term}), do: "no case clause matching: #{Kernel.inspect(term)}"
end

defmodule WithClauseError do
  defexception [:term]
  def message(%{term: term}), do: "no with clause matching: #{Kernel.inspect(term)}"
end

defmodule TryClauseError do
  defexception [:term]
  def message(%{term: term}), do: "no try clause matching: #{Kernel.inspect(term)}"
end

defmodule CondClauseError do
  defexception []
  def message(_), do: "no cond clause evaluated to a truthy value"
end

defmodule BadMapError do
  defexception [:term]
  def message(%{term: term}), do: "expected a map, got: #{Kernel.inspect(term)}"
end

defmodule BadStructError do
  defexception [:struct, :term]

  def message(%{struct: struct, term: term}) do
    "expected a struct named #{Kernel.inspect(struct)}, got: #{Kernel.inspect(term)}"
  end
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(%{term: term, operator: op}) do
    "expected a boolean on left-side of \"#{op}\", got: #{Kernel.inspect(term)}"
  end
end

defmodule BadFunctionError do
  defexception [:term]
  def message(%{term: term}), do: "expected a function, got: #{Kernel.inspect(term)}"
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(%{function: fun, args: args}) do
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    shown = Enum.map_join(args, ", ", fn a -> Kernel.inspect(a) end)
    "#{Kernel.inspect(fun)} with arity #{arity} called with #{count_args(length(args), shown)}"
  end

  defp count_args(0, _), do: "no arguments"
  defp count_args(1, shown), do: "1 argument (#{shown})"
  defp count_args(n, shown), do: "#{n} arguments (#{shown})"
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(%{message: nil, key: key, term: term}), do: key_message(key, term)
  def message(%{message: message}), do: message

  def blame(%{message: message} = exception, stacktrace) when is_binary(message) do
    {exception, stacktrace}
  end

  def blame(%{key: key, term: term} = exception, stacktrace) do
    message = key_message(key, term)

    if is_atom(key) and atom_keys?(term),
      do: {%{exception | message: message <> did_you_mean(key, available_keys(term))}, stacktrace},
      else: {%{exception | message: message}, stacktrace}
  end

  defp atom_keys?(term) when is_map(term), do: Enum.all?(:maps.keys(term), fn k -> is_atom(k) end)
  defp atom_keys?(term), do: Keyword.keyword?(term)

  defp available_keys(term) when is_map(term), do: :maps.keys(term)
  defp available_keys(term), do: Keyword.keys(term)

  # Up to five keys close to the missing one (Jaro distance >= 0.77).
  defp did_you_mean(missing, keys) do
    name = Atom.to_string(missing)

    suggestions =
      keys
      |> Enum.map(fn key -> {String.jaro_distance(name, Atom.to_string(key)), key} end)
      |> Enum.filter(fn {d, _} -> d >= 0.77 end)

    case suggestions do
      [] ->
        ""

      _ ->
        best = suggestions |> Enum.sort(fn a, b -> elem(a, 0) >= elem(b, 0) end) |> Enum.take(5)
        best = Enum.sort(best, fn a, b -> elem(a, 1) <= elem(b, 1) end)
        ". Did you mean:\n\n" <> Enum.map_join(best, fn {_, key} -> "      * " <> Kernel.inspect(key) <> "\n" end)
    end
  end

  defp key_message(key, nil), do: "key #{Kernel.inspect(key)} not found"
  defp key_message(key, term), do: "key #{Kernel.inspect(key)} not found in: #{Kernel.inspect(term)}"
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(%{message: nil} = e), do: :erlang.element(1, describe(e.reason, e.module, e.function, e.arity))
  def message(%{message: message}), do: message

  def blame(%{reason: reason, module: module, function: function, arity: arity} = e, stacktrace) do
    {message, loaded?} = describe(reason, module, function, arity)
    {%{e | message: message <> hint(module, function, arity, loaded?)}, stacktrace}
  end

  defp hint(nil, _function, 0, _loaded?) do
    ". If you are using the dot syntax, such as module.function(), " <>
      "make sure the left-hand side of the dot is a module atom"
  end

  defp hint(module, function, arity, true) do
    if {function, arity} in macros_of(module) do
      ". However there is a macro with the same name and arity. " <>
        "Be sure to require #{Kernel.inspect(module)} if you intend to invoke this macro"
    else
      did_you_mean(module, function)
    end
  end

  defp hint(_, _, _, _), do: ""

  # Same-named functions of other arities, else up to five close names.
  defp did_you_mean(module, function) do
    exports = :vial.exports(module)

    candidates =
      case Keyword.take(exports, [function]) do
        [] ->
          name = Atom.to_string(function)

          exports
          |> Enum.map(fn {f, a} -> {String.jaro_distance(name, Atom.to_string(f)), f, a} end)
          |> Enum.filter(fn {d, _, _} -> d >= 0.77 end)

        same ->
          Enum.map(same, fn {f, a} -> {1.0, f, a} end)
      end

    case candidates do
      [] ->
        ""

      _ ->
        best = candidates |> Enum.sort(fn a, b -> elem(a, 0) >= elem(b, 0) end) |> Enum.take(5)
        best = Enum.sort(best, fn a, b -> elem(a, 1) <= elem(b, 1) end)
        ". Did you mean:\n\n" <> Enum.map_join(best, fn {_, f, a} -> "      * #{fun_name(f)}/#{a}\n" end)
    end
  end

  defp fun_name(f) do
    case Kernel.inspect(f) do
      ":" <> rest -> rest
      other -> other
    end
  end

  defp macros_of(module) do
    if :erlang.function_exported(module, :__info__, 1), do: module.__info__(:macros), else: []
  end

  defp describe(nil, _module, function, arity) when function == nil or arity == nil,
    do: {"undefined function", false}

  defp describe(nil, nil, function, arity),
    do: {"function #{Exception.format_mfa(nil, function, arity)} is undefined", false}

  defp describe(nil, module, function, arity) do
    if :erlang.module_loaded(module),
      do: describe(:"function not exported", module, function, arity),
      else: describe(:"module could not be loaded", module, function, arity)
  end

  defp describe(:"module could not be loaded", module, function, arity) do
    {"function #{Exception.format_mfa(module, function, arity)} is undefined " <>
       "(module #{Kernel.inspect(module)} is not available)", false}
  end

  defp describe(:"function not exported", module, function, arity) do
    {"function #{Exception.format_mfa(module, function, arity)} is undefined or private", true}
  end

  defp describe(reason, module, function, arity) do
    {"function #{Exception.format_mfa(module, function, arity)} is undefined (#{reason})", false}
  end
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(%{function: nil}), do: "no function clause matches"

  def message(%{module: module, function: function, arity: arity} = exception) do
    "no function clause matching in #{Exception.format_mfa(module, function, arity)}" <>
      blame(exception, fn a -> Kernel.inspect(a) end, nil)
  end

  # The VM leaves the call's arguments in the top frame: move them into the
  # exception so that they are printed, as Elixir does, with the clauses
  # they were tried against when the module keeps them (__vial_clauses__).
  def blame(%{module: module, function: function, arity: arity} = exception, stacktrace) do
    case stacktrace do
      [{^module, ^function, args, meta} | rest] when length(args) == arity ->
        {kind, clauses} = blame_clauses(module, function, arity, args)
        {%{exception | args: args, kind: kind, clauses: clauses}, [{module, function, arity, meta} | rest]}

      _ ->
        {exception, stacktrace}
    end
  end

  def blame(%{args: nil}, _inspect_fun, _clause_fun), do: ""

  def blame(%{module: module, function: function, arity: arity, args: args} = exception, inspect_fun, clause_fun) do
    mfa = Exception.format_mfa(module, function, arity)
    "\n\nThe following arguments were given to #{mfa}:\n" <> format_args(args, inspect_fun) <> format_clauses(exception, clause_fun)
  end

  # How a clause's parts show: as written where they matched, -marked-
  # where not (the default, Exception.message/1's); the command line's
  # report also marks what matched, +so+.
  def blame_match(%{match?: true, node: node}), do: Macro.to_string(node)
  def blame_match(%{match?: false, node: node}), do: "-" <> Macro.to_string(node) <> "-"

  defp format_clauses(%{clauses: nil}, _), do: ""

  defp format_clauses(%{kind: kind, function: function, clauses: clauses}, clause_fun) do
    clause_fun = clause_fun || (&blame_match/1)
    shown = Enum.take(clauses, 10)

    heads =
      Enum.map_join(shown, "", fn {args, guards} ->
        head = "    #{kind} #{function}(" <> Enum.map_join(args, ", ", clause_fun) <> ")"
        head <> Enum.map_join(guards, "", &(" when " <> format_guard(&1, clause_fun))) <> "\n"
      end)

    hidden =
      case length(clauses) - length(shown) do
        0 -> ""
        1 -> "    ...\n    (1 clause not shown)\n"
        n -> "    ...\n    (#{n} clauses not shown)\n"
      end

    "\nAttempted function clauses (showing #{length(shown)} out of #{length(clauses)}):\n\n" <> heads <> hidden
  end

  defp format_guard({op, _, [left, right]}, clause_fun) when op in [:and, :or] do
    format_guard(left, clause_fun) <> " #{op} " <> format_guard(right, clause_fun)
  end

  defp format_guard(leaf, clause_fun), do: clause_fun.(leaf)

  # The arguments are matched in turn, a variable seen before standing for
  # what it bound; the guards see what all of them bound, each test on its
  # own (a test that fails to evaluate does not hold).
  defp blame_clauses(module, function, arity, args) do
    info = if :erlang.function_exported(module, :__vial_clauses__, 0), do: :erlang.binary_to_term(module.__vial_clauses__()), else: []

    case Enum.find(info, &match?({^function, ^arity, _, _}, &1)) do
      {_, _, kind, clauses} -> {kind, Enum.map(clauses, &blame_clause(&1, args))}
      nil -> {nil, nil}
    end
  rescue
    _ -> {nil, nil}
  end

  defp blame_clause({patterns, guards}, args) do
    {blamed, binding} =
      Enum.map_reduce(Enum.zip(patterns, args), %{}, fn {pattern, arg}, binding ->
        case match(pattern, arg, binding) do
          {:ok, binding} -> {%{match?: true, node: pattern}, binding}
          :error -> {%{match?: false, node: pattern}, binding}
        end
      end)

    {blamed, Enum.map(guards, &blame_guard(&1, binding))}
  end

  defp blame_guard({op, meta, [left, right]}, binding) when op in [:and, :or] do
    {op, meta, [blame_guard(left, binding), blame_guard(right, binding)]}
  end

  defp blame_guard(test, binding) do
    holds =
      try do
        eval(test, binding) == true
      catch
        _, _ -> false
      end

    %{match?: holds, node: test}
  end

  # ---- matching a quoted pattern

  defp match({:_, _, context}, _value, binding) when is_atom(context), do: {:ok, binding}

  defp match({name, _, context}, value, binding) when is_atom(name) and is_atom(context) do
    case binding do
      %{^name => ^value} -> {:ok, binding}
      %{^name => _} -> :error
      _ -> {:ok, Map.put(binding, name, value)}
    end
  end

  defp match({:=, _, [left, right]}, value, binding) do
    with {:ok, binding} <- match(left, value, binding), do: match(right, value, binding)
  end

  defp match({:{}, _, items}, value, binding) when is_tuple(value) and tuple_size(value) == length(items) do
    match_all(items, Tuple.to_list(value), binding)
  end

  defp match({left, right}, {a, b}, binding), do: match_all([left, right], [a, b], binding)
  defp match({:%{}, _, pairs}, value, binding) when is_map(value), do: match_pairs(pairs, value, binding)

  defp match({:%, _, [struct, {:%{}, _, pairs}]}, %{__struct__: struct} = value, binding) do
    match_pairs(pairs, value, binding)
  end

  # a range pattern shows as written: first..last//step
  defp match({:..//, _, [first, last, step]}, %Range{} = value, binding) do
    match_pairs([first: first, last: last, step: step], value, binding)
  end

  defp match({:.., _, [first, last]}, %Range{} = value, binding), do: match_pairs([first: first, last: last], value, binding)

  defp match({:<<>>, _, segments}, value, binding) when is_bitstring(value), do: match_bits(segments, value, binding)
  defp match([{:|, _, [head, tail]}], [value | rest], binding), do: match_all([head, tail], [value, rest], binding)
  defp match([head | tail], [value | rest], binding) when tail != [] or rest == [], do: match_all([head, tail], [value, rest], binding)
  defp match([], [], binding), do: {:ok, binding}

  defp match(literal, value, binding) do
    if not is_tuple(literal) and literal === value, do: {:ok, binding}, else: :error
  end

  defp match_all([pattern | patterns], [value | values], binding) do
    with {:ok, binding} <- match(pattern, value, binding), do: match_all(patterns, values, binding)
  end

  defp match_all([], [], binding), do: {:ok, binding}

  defp match_pairs([{key, pattern} | pairs], map, binding) do
    with {:ok, value} <- Map.fetch(map, key),
         {:ok, binding} <- match(pattern, value, binding),
         do: match_pairs(pairs, map, binding)
  end

  defp match_pairs([], _map, binding), do: {:ok, binding}

  # A binary pattern, segment by segment: each takes its bits off the front.
  defp match_bits([], <<>>, binding), do: {:ok, binding}
  defp match_bits([], _, _binding), do: :error

  defp match_bits([segment | segments], bits, binding) do
    {pattern, spec} = segment_spec(segment)

    with {:ok, value, rest} <- take_bits(spec, segments == [], bits, binding),
         {:ok, binding} <- match(pattern, value, binding),
         do: match_bits(segments, rest, binding)
  end

  defp segment_spec({:"::", _, [pattern, spec]}), do: {pattern, spec_list(spec)}
  defp segment_spec(pattern) when is_binary(pattern), do: {pattern, [:binary, {:size, byte_size(pattern)}]}
  defp segment_spec(pattern), do: {pattern, [:integer]}

  defp spec_list({:-, _, [left, right]}), do: spec_list(left) ++ spec_list(right)
  defp spec_list({name, _, [size]}) when name in [:size, :unit], do: [{name, size}]
  defp spec_list({name, _, _}), do: [name]

  defp take_bits(spec, last?, bits, binding) do
    type = Enum.find(spec, :integer, &(&1 in [:integer, :float, :binary, :bitstring, :utf8, :utf16, :utf32]))
    little = :little in spec or (:native in spec and <<1::native-16>> == <<1::little-16>>)
    signed = :signed in spec
    unit = spec[:unit] || if type in [:binary], do: 8, else: 1

    size =
      case spec[:size] do
        nil when type == :integer -> 8
        nil when type == :float -> 64
        nil -> nil
        {name, _, context} when is_atom(context) -> Map.fetch!(binding, name)
        size -> size
      end

    cond do
      type in [:utf8, :utf16, :utf32] -> take_utf(type, little, bits)
      size == nil and last? and (type == :bitstring or rem(bit_size(bits), 8) == 0) -> {:ok, bits, <<>>}
      size == nil -> :error
      bit_size(bits) < size * unit -> :error
      true -> take_sized(type, little, signed, size * unit, bits)
    end
  end

  defp take_sized(:integer, little, signed, n, bits) do
    <<chunk::bitstring-size(n), rest::bitstring>> = bits
    <<unsigned::size(n)>> = chunk
    value = if little, do: :binary.decode_unsigned(chunk, :little), else: unsigned
    value = if signed and n > 0 and value >= Bitwise.bsl(1, n - 1), do: value - Bitwise.bsl(1, n), else: value
    {:ok, value, rest}
  end

  defp take_sized(:float, little, _signed, n, bits) do
    <<chunk::bitstring-size(n), rest::bitstring>> = bits
    chunk = if little, do: <<:binary.decode_unsigned(chunk, :little)::size(n)>>, else: chunk

    case {n, chunk} do
      {64, <<value::float-64>>} -> {:ok, value, rest}
      {32, <<value::float-32>>} -> {:ok, value, rest}
      {16, <<value::float-16>>} -> {:ok, value, rest}
      _ -> :error
    end
  end

  defp take_sized(type, _little, _signed, n, bits) do
    <<chunk::bitstring-size(n), rest::bitstring>> = bits
    if type == :binary and rem(n, 8) != 0, do: :error, else: {:ok, chunk, rest}
  end

  defp take_utf(:utf8, _little, <<char::utf8, rest::bitstring>>), do: {:ok, char, rest}
  defp take_utf(:utf16, false, <<char::utf16, rest::bitstring>>), do: {:ok, char, rest}
  defp take_utf(:utf16, true, <<char::utf16-little, rest::bitstring>>), do: {:ok, char, rest}
  defp take_utf(:utf32, false, <<char::utf32, rest::bitstring>>), do: {:ok, char, rest}
  defp take_utf(:utf32, true, <<char::utf32-little, rest::bitstring>>), do: {:ok, char, rest}
  defp take_utf(_type, _little, _bits), do: :error

  # ---- evaluating a quoted guard

  defp eval({name, _, context}, binding) when is_atom(name) and is_atom(context), do: Map.fetch!(binding, name)
  defp eval({:and, _, [left, right]}, binding), do: eval(left, binding) and eval(right, binding)
  defp eval({:or, _, [left, right]}, binding), do: eval(left, binding) or eval(right, binding)
  defp eval({:not, _, [value]}, binding), do: not eval(value, binding)
  defp eval({:{}, _, items}, binding), do: List.to_tuple(Enum.map(items, &eval(&1, binding)))
  defp eval({:%{}, _, pairs}, binding), do: Map.new(pairs, fn {k, v} -> {eval(k, binding), eval(v, binding)} end)
  defp eval({{:., _, [map, key]}, [no_parens: true], []}, binding), do: Map.fetch!(eval(map, binding), key)
  defp eval({{:., _, [module, fun]}, _, args}, binding), do: apply(module, fun, Enum.map(args, &eval(&1, binding)))
  defp eval({fun, _, args}, binding) when is_atom(fun) and is_list(args), do: apply(Kernel, fun, Enum.map(args, &eval(&1, binding)))
  defp eval({left, right}, binding), do: {eval(left, binding), eval(right, binding)}
  defp eval([{:|, _, [head, tail]}], binding), do: [eval(head, binding) | eval(tail, binding)]
  defp eval([head | tail], binding), do: [eval(head, binding) | eval(tail, binding)]
  defp eval(literal, _binding), do: literal

  defp format_args(args, inspect_fun) do
    args
    |> Enum.with_index(1)
    |> Enum.map_join(fn {arg, i} ->
      pad("\n# ") <> Integer.to_string(i) <> pad("\n") <> pad(inspect_fun.(arg)) <> "\n"
    end)
  end

  defp pad(string), do: String.replace(string, "\n", "\n    ")
end

defmodule ErlangError do
  defexception [:original, :reason]

  def message(%{original: original, reason: nil}), do: "Erlang error: #{Kernel.inspect(original)}"

  def message(%{original: original, reason: reason}) do
    "Erlang error: #{Kernel.inspect(original)}" <> IO.iodata_to_binary(reason)
  end

  # Raw reasons the VM raises with, as Elixir 1.14 maps them.
  def normalize(:badarg, [{_, _, _, location} | _] = stacktrace) when is_list(location) do
    case location[:error_info] do
      %{cause: {segment, type, why, value}} ->
        %ArgumentError{message: "construction of binary failed: segment #{segment} of type '#{type}': " <> bs_fail(type, why, value)}

      _ ->
        normalize_badarg(stacktrace)
    end
  end

  def normalize(:badarg, stacktrace), do: normalize_badarg(stacktrace)
  def normalize(:badarith, _), do: %ArithmeticError{message: "bad argument in arithmetic expression"}
  def normalize(:system_limit, _), do: %SystemLimitError{message: "a system limit has been reached"}
  def normalize(:cond_clause, _), do: %CondClauseError{}
  def normalize({:badarity, {fun, args}}, _), do: %BadArityError{function: fun, args: args}
  def normalize({:badfun, term}, _), do: %BadFunctionError{term: term}
  def normalize({:badstruct, struct, term}, _), do: %BadStructError{struct: struct, term: term}
  def normalize({:badmatch, term}, _), do: %MatchError{term: term}
  def normalize({:badmap, term}, _), do: %BadMapError{term: term}
  def normalize({:badbool, op, term}, _), do: %BadBooleanError{operator: op, term: term}
  def normalize({:badkey, key}, stacktrace), do: %KeyError{key: key, term: badkey_term(stacktrace)}
  def normalize({:badkey, key, map}, _) when is_map(map), do: %KeyError{key: key, term: map}

  def normalize({:badkey, key, term}, _) do
    message =
      "key #{Kernel.inspect(key)} not found in: #{Kernel.inspect(term)}. " <>
        "If you are using the dot syntax, such as map.field, " <>
        "make sure the left-hand side of the dot is a map"

    %KeyError{key: key, term: term, message: message}
  end

  def normalize({:case_clause, term}, _), do: %CaseClauseError{term: term}
  def normalize({:with_clause, term}, _), do: %WithClauseError{term: term}
  def normalize({:try_clause, term}, _), do: %TryClauseError{term: term}

  def normalize(:undef, stacktrace) do
    {mod, fun, arity} = top_frame(stacktrace)
    %UndefinedFunctionError{module: mod, function: fun, arity: arity}
  end

  def normalize(:function_clause, stacktrace) do
    {mod, fun, arity} = top_frame(stacktrace)
    %FunctionClauseError{module: mod, function: fun, arity: arity}
  end

  def normalize({:badarg, payload}, _) do
    %ArgumentError{message: "argument error: #{Kernel.inspect(payload)}"}
  end

  def normalize(other, _), do: %ErlangError{original: other}

  # What OTP's extended error information says about a built-in's bad
  # argument, for the built-ins programs commonly misuse. The VM leaves the
  # failed call's arguments in the top frame.
  defp normalize_badarg(stacktrace) do
    case badarg_detail(stacktrace) do
      nil ->
        %ArgumentError{message: "argument error"}

      [] ->
        %ArgumentError{message: "argument error"}

      details ->
        lines = for {n, why} <- List.wrap(details), do: "  * #{nth(n)} argument: #{why}\n"
        %ArgumentError{message: IO.iodata_to_binary(["errors were found at the given arguments:\n\n" | lines])}
    end
  end

  # A binary segment's cause, as BEAM keeps it in the trace's error_info.
  defp bs_fail(_type, :size, size), do: "expected a non-negative integer as size but got: #{Kernel.inspect(size)}"

  defp bs_fail(_type, :short, value),
    do: "the value #{Kernel.inspect(value)} is shorter than the size of the segment"

  defp bs_fail(type, :type, value) do
    expected =
      case type do
        :binary -> "a binary"
        :integer -> "an integer"
        :float -> "a float or an integer"
        utf -> "a non-negative integer encodable as #{utf}"
      end

    "expected #{expected} but got: #{Kernel.inspect(value)}"
  end

  defp badarg_detail([{:erlang, fun, args, _} | _]) when is_list(args), do: erlang_arg(fun, args)
  defp badarg_detail([{:binary, :part, [b, s, l], _} | _]), do: part_arg(b, s, l)
  defp badarg_detail([{m, :put_chars, [_, _], _} | _]) when m in [:vial, :io], do: {2, "not valid character data (an iodata term)"}
  defp badarg_detail([{:unicode, :characters_to_binary, [_], _} | _]), do: {1, "not valid character data (an iodata term)"}
  defp badarg_detail([{:io, :format, [format], _} | _]), do: :vial.format_error(format, [])
  defp badarg_detail([{:io, :format, [format, args], _} | _]), do: :vial.format_error(format, args)

  defp badarg_detail([{:io, :format, [device, _, _], _} | _]) when device not in [:standard_io, :standard_error, :user],
    do: {1, "the device does not exist"}

  defp badarg_detail([{:io, :format, [_, format, args], _} | _]) do
    case :vial.format_error(format, args) do
      {n, why} -> {n + 1, why}
      nil -> nil
    end
  end

  # Erlang's write_file/3 finds an improper list of modes in lists:member/2
  defp badarg_detail([{:file, :write_file, [_, _, _], _} | _]), do: {2, "not a proper list"}
  defp badarg_detail([{:os, fun, [name], _} | _]) when fun in [:getenv, :unsetenv] and is_list(name) do
    if ?= in name, do: {1, ~s("=" characters is not allowed in environment variable names)}, else: {1, "not a list of characters"}
  end

  defp badarg_detail([{:binary, fun, args, _} | _]) when is_list(args), do: binary_args(fun, args)
  defp badarg_detail([{:lists, fun, args, _} | _]) when is_list(args), do: lists_args(fun, args)
  defp badarg_detail([{:maps, fun, args, _} | _]) when is_list(args), do: maps_args(fun, args)

  defp badarg_detail([{:math, _fun, args, _} | _]) when is_list(args),
    do: for({a, n} <- Enum.with_index(args, 1), not is_number(a), do: {n, "not a number"})
  defp badarg_detail([{:unicode, _fun, [data | encodings], _} | _]), do: chardata_args(data, encodings)
  defp badarg_detail(_), do: nil

  # :binary's searching functions: the subject, pattern and replacement are
  # all reported; options only when nothing else is wrong.
  defp binary_args(fun, [subject, pattern | rest]) when fun in [:split, :matches, :match, :replace] do
    replacement = if fun == :replace, do: binary_arg(3, hd(rest)), else: []
    bad = binary_arg(1, subject) ++ pattern_arg(2, pattern) ++ replacement
    options_at = if fun == :replace, do: 4, else: 3

    if bad == [] and length(rest) == options_at - 2, do: [{options_at, "invalid options"}], else: bad
  end

  defp binary_args(:compile_pattern, [pattern]), do: pattern_arg(1, pattern)
  defp binary_args(:copy, [b | n]), do: binary_arg(1, b) ++ count_arg(n)

  defp binary_args(fun, [b]) when fun == :first or fun == :last do
    case binary_arg(1, b) do
      [] -> [{1, "a zero-sized binary is not allowed"}]
      bad -> bad
    end
  end

  defp binary_args(:bin_to_list, [b]), do: binary_arg(1, b)
  defp binary_args(fun, [b, _pos_len]) when fun == :bin_to_list or fun == :part do
    if is_binary(b), do: {2, "out of range"}, else: {1, "not a binary"}
  end

  defp binary_args(:bin_to_list, [b, s, l]), do: part_arg(b, s, l)
  defp binary_args(_, _), do: nil

  defp lists_args(fun, [_, n, l]) when fun in [:keyfind, :keymember, :keysearch], do: key_index_arg(n) ++ list_arg(3, l)
  defp lists_args(:member, [_, l]), do: list_arg(2, l)
  defp lists_args(:reverse, [l, _]), do: list_arg(1, l)

  defp lists_args(:seq, [first, last, _inc] = args) do
    case for {a, n} <- Enum.with_index(args, 1), not is_integer(a), do: {n, "not an integer"} do
      [] -> {3, if(first <= last, do: "not a positive increment", else: "not a negative increment")}
      bad -> bad
    end
  end

  defp lists_args(_, _), do: nil

  defp key_index_arg(n) when not is_integer(n), do: [{2, "not an integer"}]
  defp key_index_arg(n) when n < 1, do: [{2, "out of range"}]
  defp key_index_arg(_), do: []

  defp list_arg(n, l) when not is_list(l), do: [{n, "not a list"}]
  defp list_arg(n, l), do: if(proper_list?(l), do: [], else: [{n, "not a proper list"}])

  defp proper_list?([_ | t]), do: proper_list?(t)
  defp proper_list?(t), do: t == []

  # :maps checks its fun before its map, and raises badmap for a bad map
  # alone; both are reported when both are wrong.
  defp maps_args(:from_keys, [l, _]), do: list_arg(1, l)
  defp maps_args(:from_list, [l]), do: list_arg(1, l)
  defp maps_args(fun, [l, _]) when fun == :with or fun == :without, do: list_arg(1, l)
  defp maps_args(:next, [_]), do: {1, "not a valid iterator"}
  defp maps_args(fun, [f, m]) when fun == :filter or fun == :map, do: fun_arg(f, 2) ++ iterator_arg(2, m)
  defp maps_args(:fold, [f, _, m]), do: fun_arg(f, 3) ++ iterator_arg(3, m)
  defp maps_args(_, _), do: nil

  defp fun_arg(f, arity) when is_function(f, arity), do: []
  defp fun_arg(_, 2), do: [{1, "not a fun that takes two arguments"}]
  defp fun_arg(_, 3), do: [{1, "not a fun that takes three arguments"}]

  defp iterator_arg(_n, m) when is_map(m), do: []
  defp iterator_arg(n, _), do: [{n, "not a map or an iterator"}]

  defp binary_arg(_n, b) when is_binary(b), do: []
  defp binary_arg(n, b) when is_bitstring(b), do: [{n, "is a bitstring (expected a binary)"}]
  defp binary_arg(n, _), do: [{n, "not a binary"}]

  defp pattern_arg(n, {kind, p}) when kind == :bm or kind == :ac, do: pattern_arg(n, p)
  defp pattern_arg(_n, p) when is_binary(p) and p != "", do: []

  defp pattern_arg(n, [_ | _] = ps) do
    if Enum.all?(ps, &(is_binary(&1) and &1 != "")), do: [], else: [{n, "not a valid pattern"}]
  end

  defp pattern_arg(n, _), do: [{n, "not a valid pattern"}]

  defp count_arg([]), do: []
  defp count_arg([n]) when is_integer(n) and n >= 0, do: []
  defp count_arg([n]) when is_integer(n), do: [{2, "out of range"}]
  defp count_arg([_]), do: [{2, "not an integer"}]

  # :unicode's conversions: bad character data, then any bad encoding.
  defp chardata_args(data, encodings) do
    data_bad = if is_binary(data) or is_list(data), do: [], else: [{1, "not valid character data (an iodata term)"}]
    encodings_bad = for {e, i} <- Enum.with_index(encodings, 2), not encoding?(e), do: {i, "not a valid encoding"}

    case data_bad ++ encodings_bad do
      [] -> [{1, "not valid character data (an iodata term)"}]
      bad -> bad
    end
  end

  defp encoding?(e) when e in [:utf8, :unicode, :latin1, :utf16, :utf32], do: true
  defp encoding?({e, endian}) when e in [:utf16, :utf32] and endian in [:big, :little], do: true
  defp encoding?(_), do: false

  defp erlang_arg(fun, [i, t]) when fun == :element or fun == :delete_element, do: index_arg(i, t)
  defp erlang_arg(fun, [i, t, _]) when fun == :setelement or fun == :insert_element, do: index_arg(i, t)
  defp erlang_arg(:make_tuple, [_, _]), do: {1, "out of range"}

  defp erlang_arg(:make_fun, [m, f, a]) do
    arity = if is_integer(a) and a < 0, do: [{3, "out of range"}], else: wrong_types([{3, is_integer(a), "not an integer"}])
    wrong_types([{1, is_atom(m), "not an atom"}, {2, is_atom(f), "not an atom"}]) ++ arity
  end

  defp erlang_arg(:function_exported, [m, f, a]),
    do: wrong_types([{1, is_atom(m), "not an atom"}, {2, is_atom(f), "not an atom"}, {3, is_integer(a), "not an integer"}])

  defp erlang_arg(:fun_info, [f | _]) when not is_function(f), do: {1, "not a fun"}
  defp erlang_arg(:fun_info, [_, _]), do: {2, "invalid item"}
  defp erlang_arg(fun, [b]) when fun in [:binary_to_integer, :binary_to_float, :binary_to_list], do: text_arg(b, fun, is_binary(b), "not a binary")
  defp erlang_arg(fun, [l]) when fun in [:list_to_integer, :list_to_float], do: text_arg(l, fun, is_list(l), "not a list")
  defp erlang_arg(fun, [x, base]) when fun in [:binary_to_integer, :integer_to_binary, :list_to_integer, :integer_to_list] and not (is_integer(base) and base >= 2 and base <= 36),
    do: integer_text_arg(fun, x) ++ [{2, "not an integer in the range 2 through 36"}]
  defp erlang_arg(:binary_to_integer, [b, _]), do: text_arg(b, :binary_to_integer, is_binary(b), "not a binary")
  defp erlang_arg(:list_to_integer, [l, _]), do: text_arg(l, :list_to_integer, is_list(l), "not a list")
  defp erlang_arg(fun, [b | _]) when fun in [:binary_to_atom, :binary_to_existing_atom] and not is_binary(b), do: {1, "not a binary"}
  defp erlang_arg(fun, [b, :utf8]) when fun in [:binary_to_atom, :binary_to_existing_atom], do: atom_text_arg(fun, b)
  defp erlang_arg(:binary_to_existing_atom, [_ | _]), do: {1, "not an already existing atom"}
  defp erlang_arg(:list_to_existing_atom, [l]) when not is_list(l), do: {1, "not a list"}

  defp erlang_arg(fun, [l]) when fun in [:list_to_atom, :list_to_existing_atom] and is_list(l) do
    cond do
      not proper_list?(l) -> {1, "not a proper list"}
      fun == :list_to_existing_atom and Enum.all?(l, &(is_integer(&1) and &1 in 0..0x10FFFF)) -> {1, "not an already existing atom"}
      true -> {1, "not a list of characters"}
    end
  end

  defp erlang_arg(:binary_to_term, [b]) when is_binary(b), do: {1, "invalid external representation of a term"}
  defp erlang_arg(:binary_to_term, [_]), do: {1, "not a binary"}

  defp erlang_arg(:binary_to_term, [b, opts]) do
    bad_opts =
      cond do
        not is_list(opts) -> [{2, "not a list"}]
        opts -- [:safe, :used] != [] -> [{2, "invalid option in list"}]
        true -> []
      end

    case if(is_binary(b), do: [], else: [{1, "not a binary"}]) ++ bad_opts do
      [] -> {1, "invalid external representation of a term"}
      bad -> bad
    end
  end

  defp erlang_arg(:register, [name, pid]) do
    bad = if(is_atom(name), do: [], else: [{1, "not an atom"}]) ++ if(is_pid(pid) or is_port(pid), do: [], else: [{2, "not a pid or port"}])

    cond do
      bad != [] -> bad
      name == :undefined -> {1, "'undefined' is not a valid name"}
      :erlang.whereis(name) != :undefined -> {1, "name is in use"}
      true -> nil
    end
  end
  defp erlang_arg(fun, [a | _]) when fun in [:atom_to_binary, :atom_to_list] and not is_atom(a), do: {1, "not an atom"}
  defp erlang_arg(:atom_to_binary, [_, _]), do: {2, "is an invalid encoding option"}
  defp erlang_arg(fun, [_]) when fun == :hd or fun == :tl, do: {1, "not a nonempty list"}
  defp erlang_arg(fun, [_]) when fun in [:length, :list_to_atom, :list_to_tuple], do: {1, "not a list"}
  defp erlang_arg(fun, [_]) when fun in [:tuple_size, :tuple_to_list], do: {1, "not a tuple"}
  defp erlang_arg(:append_element, [_, _]), do: {1, "not a tuple"}
  defp erlang_arg(fun, [_]) when fun == :byte_size or fun == :bit_size, do: {1, "not a bitstring"}
  defp erlang_arg(fun, [_ | _]) when fun == :integer_to_binary or fun == :integer_to_list, do: {1, "not an integer"}
  defp erlang_arg(fun, [_]) when fun in [:abs, :round, :trunc, :float, :ceil, :floor], do: {1, "not a number"}
  defp erlang_arg(fun, [f | _]) when fun in [:float_to_binary, :float_to_list] and not is_float(f), do: {1, "not a float"}
  defp erlang_arg(fun, [_, o]) when fun in [:float_to_binary, :float_to_list], do: {2, if(is_list(o), do: "invalid option in list", else: "not a list")}
  defp erlang_arg(:list_to_binary, [_]), do: {1, "not an iolist term"}
  defp erlang_arg(fun, [_]) when fun in [:iolist_to_binary, :iolist_size], do: {1, "not an iodata term"}
  defp erlang_arg(:binary_part, [b, s, l]) do
    case wrong_types([{1, is_binary(b), "not a binary"}, {2, is_integer(s), "not an integer"}, {3, is_integer(l), "not an integer"}]) do
      [] -> part_arg(b, s, l)
      bad -> bad
    end
  end
  defp erlang_arg(:split_binary, [b, _]) when is_binary(b), do: {2, "out of range"}
  defp erlang_arg(:split_binary, [_, _]), do: {1, "not a binary"}
  defp erlang_arg(fun, [f]) when fun in [:spawn, :spawn_link, :spawn_monitor] and not is_function(f), do: {1, "not a fun"}

  defp erlang_arg(fun, [m, f, a]) when fun in [:spawn, :spawn_link, :spawn_monitor] do
    if(is_atom(m), do: [], else: [{1, "not an atom"}]) ++
      if(is_atom(f), do: [], else: [{2, "not an atom"}]) ++ if(is_list(a), do: [], else: [{3, "not a list"}])
  end

  defp erlang_arg(:spawn_opt, [f, _]) when not is_function(f), do: {1, "not a fun"}
  defp erlang_arg(:spawn_opt, [_, opts]), do: options_arg(2, opts, "invalid spawn option")

  defp erlang_arg(:spawn_opt, [m, f, a, opts]) do
    bad =
      if(is_atom(m), do: [], else: [{1, "not an atom"}]) ++
        if(is_atom(f), do: [], else: [{2, "not an atom"}]) ++
        if(is_list(a), do: [], else: [{3, "not a list"}]) ++ if(is_list(opts), do: [], else: [{4, "not a list"}])

    if bad == [], do: options_arg(4, opts, "invalid spawn option"), else: bad
  end

  defp erlang_arg(:send, [_, _]), do: {1, "invalid destination"}
  defp erlang_arg(:send, [_, _, opts]) when not is_list(opts), do: {3, "not a list"}
  defp erlang_arg(:send, [_, _, opts]) do
    cond do
      not proper_list?(opts) -> {3, "not a proper list"}
      opts -- [:nosuspend, :noconnect] == [] -> {1, "invalid destination"}
      true -> {3, "invalid option in list"}
    end
  end

  # send_after/4 names its options the 3rd argument, as Erlang's own does
  defp erlang_arg(:send_after, [time, dest, _ | opts]) do
    abs = opts != [] and is_list(hd(opts)) and proper_list?(hd(opts)) and {:abs, true} in hd(opts)

    time_bad =
      cond do
        not is_integer(time) -> [{1, "not an integer"}]
        time < 0 and not abs -> [{1, "out of range"}]
        true -> []
      end

    dest_bad = if is_pid(dest) or is_atom(dest), do: [], else: [{2, "not a pid or an atom"}]

    opts_bad =
      case opts do
        [] -> []
        [opts] when not is_list(opts) -> [{3, "not a list"}]
        [opts] -> if timer_options?(opts, [:abs]), do: [], else: [{3, "invalid option in list"}]
      end

    time_bad ++ dest_bad ++ opts_bad
  end

  defp erlang_arg(fun, [ref, opts]) when fun in [:cancel_timer, :demonitor] do
    bad = if(is_reference(ref), do: [], else: [{1, "not a reference"}]) ++ if(is_list(opts), do: [], else: [{2, "not a list"}])

    cond do
      bad != [] -> bad
      fun == :demonitor and not proper_list?(opts) -> {2, "not a proper list"}
      fun == :demonitor -> {2, "invalid option in list"}
      true -> if timer_options?(opts, [:async, :info]), do: nil, else: {2, "invalid option in list"}
    end
  end

  defp erlang_arg(:process_flag, [pid, flag, value]) do
    bad = if(is_pid(pid), do: [], else: [{1, "not a pid"}]) ++ if(flag == :save_calls, do: [], else: [{2, "invalid process flag"}])

    cond do
      bad != [] -> bad
      not (is_integer(value) and value >= 0 and value <= 10000) -> {3, "invalid value for process flag 'save_calls'"}
      true -> {1, "the pid does not refer to an existing process"}
    end
  end

  defp erlang_arg(:whereis, [_]), do: {1, "not an atom"}
  defp erlang_arg(:unique_integer, [mods]) when is_list(mods), do: {1, "invalid modifier"}
  defp erlang_arg(:unique_integer, [_]), do: {1, "not a list"}
  defp erlang_arg(:convert_time_unit, [time, _, _]) when not is_integer(time), do: {1, "not an integer"}
  defp erlang_arg(fun, [p | _]) when fun in [:exit, :link, :unlink, :is_process_alive, :process_info] and not is_pid(p), do: {1, "not a pid"}
  defp erlang_arg(fun, [_]) when fun == :unregister or fun == :pid_to_list, do: {1, "not a pid"}
  defp erlang_arg(:list_to_pid, [l]) when not is_list(l), do: {1, "not a list"}
  defp erlang_arg(:list_to_pid, [_]), do: {1, "not a textual representation of a pid"}
  defp erlang_arg(:ref_to_list, [_]), do: {1, "not a reference"}
  defp erlang_arg(:monitor, [type, _]) when type not in [:process, :port, :time_offset], do: {1, "invalid monitor type"}
  defp erlang_arg(:monitor, [_, _]), do: {2, "not a pid"}
  defp erlang_arg(fun, [_]) when fun in [:cancel_timer, :read_timer, :demonitor], do: {1, "not a reference"}

  defp erlang_arg(:process_flag, [flag, _])
       when flag in [:trap_exit, :error_handler, :fullsweep_after, :min_heap_size, :min_bin_vheap_size, :max_heap_size,
                     :message_queue_data, :priority, :save_calls, :sensitive, :async_dist],
       do: {2, "invalid value for this process flag"}

  defp erlang_arg(:process_flag, [_, _]), do: {1, "invalid process flag"}
  defp erlang_arg(:process_info, [_, _]), do: {2, "invalid item or item list"}
  defp erlang_arg(:memory, [_]), do: {1, "invalid memory type option"}
  defp erlang_arg(_, _), do: nil

  # A list of options, each {name, boolean} with one of the names.
  defp timer_options?(opts, names) do
    proper_list?(opts) and Enum.all?(opts, fn o -> match?({_, value} when is_boolean(value), o) and elem(o, 0) in names end)
  end

  defp options_arg(n, opts, _why) when not is_list(opts), do: {n, "not a list"}
  defp options_arg(n, opts, why), do: {n, if(proper_list?(opts), do: why, else: "not a proper list")}

  defp atom_text_arg(fun, b) do
    cond do
      not is_binary(:unicode.characters_to_binary(b)) -> {1, "invalid UTF8 encoding"}
      fun == :binary_to_existing_atom -> {1, "not an already existing atom"}
      true -> nil
    end
  end

  defp index_arg(i, _) when not is_integer(i), do: {1, "not an integer"}
  defp index_arg(_, t) when not is_tuple(t), do: {2, "not a tuple"}
  defp index_arg(_, _), do: {1, "out of range"}

  defp integer_text_arg(:binary_to_integer, b) when not is_binary(b), do: [{1, "not a binary"}]
  defp integer_text_arg(:list_to_integer, l) when not is_list(l), do: [{1, "not a list"}]
  defp integer_text_arg(fun, i) when fun in [:integer_to_binary, :integer_to_list] and not is_integer(i), do: [{1, "not an integer"}]
  defp integer_text_arg(_, _), do: []

  defp text_arg(_, _, false, not_type), do: {1, not_type}
  defp text_arg(_, :binary_to_list, true, _), do: nil
  defp text_arg(_, fun, true, _) when fun == :binary_to_float or fun == :list_to_float, do: {1, "not a textual representation of a float"}
  defp text_arg(_, _, true, _), do: {1, "not a textual representation of an integer"}

  defp part_arg(b, _, _) when not is_binary(b), do: {1, "not a binary"}
  defp part_arg(b, s, _) when not is_integer(s) or s < 0 or s > byte_size(b), do: {2, "out of range"}
  defp part_arg(_, _, _), do: {3, "out of range"}

  # Each argument of the wrong type ({position, ok?, why}) is reported.
  defp wrong_types(checks), do: for({n, ok?, why} <- checks, not ok?, do: {n, why})

  defp nth(1), do: "1st"
  defp nth(2), do: "2nd"
  defp nth(3), do: "3rd"
  defp nth(n), do: "#{n}th"

  defp badkey_term([{Map, :get_and_update!, [map, _, _], _} | _]), do: map
  defp badkey_term([{Map, :update!, [map, _, _], _} | _]), do: map
  defp badkey_term([{:maps, :update, [_, _, map], _} | _]), do: map
  defp badkey_term([{:maps, :get, [_, map], _} | _]), do: map
  defp badkey_term([{:erlang, :map_get, [_, map], _} | _]), do: map
  defp badkey_term(_), do: nil

  defp top_frame([{module, function, args, _} | _]) when is_list(args),
    do: {module, function, length(args)}

  defp top_frame([{module, function, arity, _} | _]), do: {module, function, arity}
  defp top_frame(_), do: {nil, nil, nil}
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]

  def exception(opts) do
    message = "#{Keyword.fetch!(opts, :kind)} #{detail(Keyword.fetch!(opts, :rest))}"
    %UnicodeConversionError{encoded: Keyword.fetch!(opts, :encoded), message: message}
  end

  defp detail(rest) when is_binary(rest), do: "encoding starting at #{Kernel.inspect(rest)}"
  defp detail([code_point | _]) when is_integer(code_point), do: "code point #{code_point}"
  defp detail([rest | _]), do: detail(rest)
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]

  def message(%{protocol: protocol, value: value, description: description}) do
    "protocol #{Kernel.inspect(protocol)} not implemented for #{Kernel.inspect(value)} " <>
      "of type #{value_type(value)}" <> if(description == "", do: "", else: ", " <> description)
  end

  defp value_type(%{__struct__: struct}), do: "#{Kernel.inspect(struct)} (a struct)"
  defp value_type(value) when is_atom(value), do: "Atom"
  defp value_type(value) when is_bitstring(value), do: "BitString"
  defp value_type(value) when is_float(value), do: "Float"
  defp value_type(value) when is_function(value), do: "Function"
  defp value_type(value) when is_integer(value), do: "Integer"
  defp value_type(value) when is_list(value), do: "List"
  defp value_type(value) when is_map(value), do: "Map"
  defp value_type(value) when is_pid(value), do: "PID"
  defp value_type(value) when is_port(value), do: "Port"
  defp value_type(value) when is_reference(value), do: "Reference"
  defp value_type(value) when is_tuple(value), do: "Tuple"
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end

defmodule Exception do
  def exception?(%{__struct__: s, __exception__: true}) when is_atom(s), do: true
  def exception?(_), do: false

  def message(%{__struct__: module, __exception__: true} = exception) do
    try do
      module.message(exception)
    rescue
      caught ->
        "got #{Kernel.inspect(caught.__struct__)} with message " <>
          "#{Kernel.inspect(message(caught))} while retrieving Exception.message/1 " <>
          "for #{Kernel.inspect(exception)}. Stacktrace:\n" <> format_stacktrace(__STACKTRACE__)
    else
      result when is_binary(result) ->
        result

      result ->
        "got #{Kernel.inspect(result)} while retrieving Exception.message/1 for " <>
          "#{Kernel.inspect(exception)} (expected a string)"
    end
  end

  def normalize(kind, payload, stacktrace \\ [])
  def normalize(:error, %{__struct__: _, __exception__: true} = payload, _), do: payload
  def normalize(:error, payload, stacktrace), do: ErlangError.normalize(payload, stacktrace)
  def normalize(_kind, payload, _), do: payload

  # Exceptions whose message improves with the stacktrace; without protocols
  # or behaviours, the standard ones are listed here.
  def blame(:error, error, stacktrace) do
    struct = normalize(:error, error, stacktrace)

    case struct.__struct__ do
      FunctionClauseError -> FunctionClauseError.blame(struct, stacktrace)
      UndefinedFunctionError -> UndefinedFunctionError.blame(struct, stacktrace)
      KeyError -> KeyError.blame(struct, stacktrace)
      ArithmeticError -> ArithmeticError.blame(struct, stacktrace)
      module -> if :erlang.function_exported(module, :blame, 2), do: module.blame(struct, stacktrace), else: {struct, stacktrace}
    end
  end

  def blame(_kind, reason, stacktrace), do: {reason, stacktrace}

  def format_banner(kind, exception, stacktrace \\ [])

  def format_banner(:error, exception, stacktrace) do
    exception = normalize(:error, exception, stacktrace)
    "** (" <> Kernel.inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(:throw, reason, _), do: "** (throw) " <> Kernel.inspect(reason)
  def format_banner(:exit, reason, _), do: "** (exit) " <> format_exit(reason, "\n    ")

  def format_banner({:EXIT, pid}, reason, _) do
    "** (EXIT from #{Kernel.inspect(pid)}) " <> format_exit(reason, "\n    ")
  end

  def format(kind, payload, stacktrace \\ [])
  def format({:EXIT, _} = kind, payload, _), do: format_banner(kind, payload)

  def format(kind, payload, stacktrace) do
    message = format_banner(kind, payload, stacktrace)

    case stacktrace do
      [] -> message
      _ -> message <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  def format_stacktrace(trace) do
    case trace do
      [] -> "\n"
      _ -> "    " <> Enum.map_join(trace, "\n    ", &format_stacktrace_entry/1) <> "\n"
    end
  end

  def format_stacktrace_entry({module, :__MODULE__, 0, location}) do
    format_location(location) <> Kernel.inspect(module) <> " (module)"
  end

  def format_stacktrace_entry({_module, :__MODULE__, 1, location}), do: format_location(location) <> "(module)"
  def format_stacktrace_entry({_module, :__FILE__, 1, location}), do: format_location(location) <> "(file)"

  def format_stacktrace_entry({module, fun, arity, location}) do
    format_application(module) <> format_location(location) <> format_mfa(module, fun, arity)
  end

  def format_stacktrace_entry({fun, arity, location}) do
    format_location(location) <> format_fa(fun, arity)
  end

  def format_mfa(module, fun, arity) when is_atom(module) and is_atom(fun) do
    case anonymous_fun_parent(fun) do
      {outer_name, outer_arity} ->
        "anonymous fn#{format_arity(arity)} in #{Kernel.inspect(module)}." <>
          "#{inspect_fun_name(outer_name)}/#{outer_arity}"

      :error ->
        "#{Kernel.inspect(module)}.#{inspect_fun_name(fun)}#{format_arity(arity)}"
    end
  end

  def format_fa(fun, arity) when is_function(fun) do
    Kernel.inspect(fun) <> format_arity(arity)
  end

  # Files are named from the working directory, as Elixir names them.
  def format_file_line(file, line, suffix \\ ""), do: format_file_line_column(file, line, nil, suffix)

  def format_file_line_column(file, line, column, suffix \\ "")
  def format_file_line_column(nil, _line, _column, _suffix), do: ""

  def format_file_line_column(file, line, column, suffix) do
    file = Path.relative_to_cwd(file)

    cond do
      line in [nil, 0] -> "#{file}:#{suffix}"
      column in [nil, 0] -> "#{file}:#{line}:#{suffix}"
      true -> "#{file}:#{line}:#{column}:#{suffix}"
    end
  end

  def format_exit(reason), do: format_exit(reason, "\n    ")

  defp format_location(opts) when is_list(opts) do
    format_file_line(Keyword.get(opts, :file), Keyword.get(opts, :line), " ")
  end

  defp format_arity(arity) when is_list(arity) do
    "(" <> Enum.map_join(arity, ", ", fn a -> Kernel.inspect(a) end) <> ")"
  end

  defp format_arity(arity) when is_integer(arity), do: "/" <> Integer.to_string(arity)

  # Frames of the standard library say which application they belong to.
  defp format_application(module) do
    case :application.get_application(module) do
      {:ok, app} ->
        case :application.get_key(app, :vsn) do
          {:ok, vsn} when is_list(vsn) -> "(#{app} #{List.to_string(vsn)}) "
          _ -> "(#{app}) "
        end

      :undefined ->
        ""
    end
  end

  # A function name as it follows "Mod.": quoted when it is not an
  # identifier, except operators, even those inspect quotes; the special
  # forms that cannot be called are quoted.
  defp inspect_fun_name(name) when name in [:"::", :"^^^", :"~~~"], do: Atom.to_string(name)
  defp inspect_fun_name(name) when name in [:.., :..., :->, :"..//", :%, :{}, :<<>>, :., :%{}], do: Kernel.inspect(Atom.to_string(name))

  defp inspect_fun_name(name) do
    case Kernel.inspect(name) do
      ":" <> rest -> rest
      other -> other
    end
  end

  # Anonymous functions are named "-outer/arity-fun-N-", as on the BEAM.
  defp anonymous_fun_parent(fun) do
    with "-" <> rest <- Atom.to_string(fun),
         [trailing | reversed] <- Enum.reverse(String.split(rest, "/")),
         [arity, _inner, _count, ""] <- String.split(trailing, "-") do
      {String.to_atom(Enum.join(Enum.reverse(reversed), "/")), arity}
    else
      _ -> :error
    end
  end

  defp format_exit({exception, maybe_stacktrace} = reason, joiner)
       when is_list(maybe_stacktrace) and maybe_stacktrace != [] do
    try do
      Enum.map(maybe_stacktrace, &format_stacktrace_entry/1)
    catch
      :error, _ -> format_exit_reason(reason)
    else
      formatted ->
        message = "an exception was raised:" <> joiner <> format_banner(:error, exception, maybe_stacktrace)
        Enum.join([message | formatted], joiner <> "    ")
    end
  end

  defp format_exit({:shutdown, {:failed_to_start_child, child, {:EXIT, reason}}}, joiner),
    do: format_start_child(child, reason, joiner)

  defp format_exit({:shutdown, {:failed_to_start_child, child, reason}}, joiner),
    do: format_start_child(child, reason, joiner)

  defp format_exit({reason2, {mod, fun, args}} = reason, joiner) when is_list(args) and length(args) < 256 do
    try do
      format_mfa(mod, fun, args)
    catch
      :error, _ -> format_exit_reason(reason)
    else
      mfa -> "exited in: " <> mfa <> joiner <> "** (EXIT) " <> format_exit(reason2, joiner <> "    ")
    end
  end

  defp format_exit(reason, _joiner), do: format_exit_reason(reason)

  defp format_start_child(child, reason, joiner) do
    "shutdown: failed to start child: " <> Kernel.inspect(child) <> joiner <>
      "** (EXIT) " <> format_exit(reason, joiner <> "    ")
  end

  defp format_exit_reason(:normal), do: "normal"
  defp format_exit_reason(:shutdown), do: "shutdown"
  defp format_exit_reason({:shutdown, reason}), do: "shutdown: " <> Kernel.inspect(reason)
  defp format_exit_reason(:calling_self), do: "process attempted to call itself"
  defp format_exit_reason(:timeout), do: "time out"
  defp format_exit_reason(:killed), do: "killed"
  defp format_exit_reason(:noconnection), do: "no connection"

  defp format_exit_reason(:noproc) do
    "no process: the process is not alive or there's no process currently associated " <>
      "with the given name, possibly because its application isn't started"
  end

  defp format_exit_reason({:nodedown, node}) when is_atom(node), do: "no connection to #{node}"
  defp format_exit_reason({:already_started, pid}), do: "already started: " <> Kernel.inspect(pid)
  defp format_exit_reason({:bad_return_value, v}), do: "bad return value: " <> Kernel.inspect(v)
  defp format_exit_reason({:bad_call, request}), do: "bad call: " <> Kernel.inspect(request)
  defp format_exit_reason({:bad_cast, request}), do: "bad cast: " <> Kernel.inspect(request)

  defp format_exit_reason({:bad_return, {mod, :init, value}}) when is_atom(mod) do
    format_mfa(mod, :init, 1) <> " returned a bad value: " <> Kernel.inspect(value)
  end

  defp format_exit_reason(reason), do: Kernel.inspect(reason)
end
