# Stream: lazy enumerables. A stream is a function of arity 2 taking the
# reducer protocol's (acc, fun), which Enumerable.reduce/3 calls directly.
# Transformations wrap the inner reduction, keeping their own state beside
# the consumer's accumulator: {:cont | :halt | :suspend, {acc, state}}.
defmodule Stream do
  # The generic transformer: step.(x, state) returns {items, state} or
  # {:halt, items, state}; finish.(state) returns items emitted at the end.
  defp transform_with(enum, init, step, finish) do
    fn acc, fun -> run_transform(enum, init, step, finish, acc, fun) end
  end

  defp run_transform(_enum, _init, _step, _finish, {:halt, acc}, _fun), do: {:halted, acc}

  defp run_transform(enum, init, step, finish, {:suspend, acc}, fun) do
    {:suspended, acc, fn a -> run_transform(enum, init, step, finish, a, fun) end}
  end

  defp run_transform(enum, init, step, finish, {:cont, acc}, fun) do
    reducer = fn x, {inner, state} ->
      {items, state, stop} =
        case step.(x, state) do
          {:halt, items, state} -> {items, state, true}
          {items, state} -> {items, state, false}
        end

      case emit(items, inner, fun) do
        {:cont, inner} when stop -> {:halt, {inner, {:stopped, state}}}
        {:cont, inner} -> {:cont, {inner, state}}
        {:halt, inner} -> {:halt, {inner, {:consumer, state}}}
        {:suspend, inner, rest} -> {:suspend, {inner, {:pending, rest, state, stop}}}
      end
    end

    finish_transform(Enumerable.reduce(enum, {:cont, {acc, init}}, reducer), finish, fun)
  end

  defp finish_transform({:done, {inner, state}}, finish, fun), do: done_with(finish.(state), inner, fun)
  defp finish_transform({:halted, {inner, {:stopped, state}}}, finish, fun), do: done_with(finish.(state), inner, fun)
  defp finish_transform({:halted, {inner, {:consumer, _}}}, _finish, _fun), do: {:halted, inner}

  defp finish_transform({:suspended, {inner, {:pending, rest, state, stop}}, cont}, finish, fun) do
    {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, finish, fun) end}
  end

  # The consumer asks for more after a suspension: first the items still
  # pending from the last step, then the source again (unless it stopped).
  defp resume({:halt, inner}, _rest, state, _stop, cont, _finish, _fun) do
    cont.({:halt, {inner, {:consumer, state}}})
    {:halted, inner}
  end

  defp resume({:suspend, inner}, rest, state, stop, cont, finish, fun) do
    {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, finish, fun) end}
  end

  defp resume({:cont, inner}, rest, state, stop, cont, finish, fun) do
    case emit(rest, inner, fun) do
      {:cont, inner} when stop ->
        cont.({:halt, {inner, {:stopped, state}}})
        done_with(finish.(state), inner, fun)

      {:cont, inner} ->
        finish_transform(cont.({:cont, {inner, state}}), finish, fun)

      {:halt, inner} ->
        cont.({:halt, {inner, {:consumer, state}}})
        {:halted, inner}

      {:suspend, inner, rest} ->
        {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, finish, fun) end}
    end
  end

  defp done_with(items, inner, fun) do
    case emit(items, inner, fun) do
      {:cont, inner} -> {:done, inner}
      {:halt, inner} -> {:halted, inner}
      {:suspend, inner, rest} -> {:suspended, inner, fn a -> done_resume(a, rest, fun) end}
    end
  end

  defp done_resume({:cont, inner}, rest, fun), do: done_with(rest, inner, fun)
  defp done_resume({:halt, inner}, _rest, _fun), do: {:halted, inner}
  defp done_resume({:suspend, inner}, rest, fun), do: {:suspended, inner, fn a -> done_resume(a, rest, fun) end}

  # Feeds items to the consumer until it stops asking for more.
  defp emit([], inner, _fun), do: {:cont, inner}

  defp emit([x | rest], inner, fun) do
    case fun.(x, inner) do
      {:cont, inner} -> emit(rest, inner, fun)
      {:halt, inner} -> {:halt, inner}
      {:suspend, inner} -> {:suspend, inner, rest}
    end
  end

  defp stateless(enum, step), do: transform_with(enum, nil, fn x, nil -> {step.(x), nil} end, fn _ -> [] end)

  # Transformations

  def map(enum, f), do: stateless(enum, fn x -> [f.(x)] end)
  def filter(enum, f), do: stateless(enum, fn x -> if f.(x), do: [x], else: [] end)
  def reject(enum, f), do: stateless(enum, fn x -> if f.(x), do: [], else: [x] end)
  def each(enum, f) do
    stateless(enum, fn x ->
      f.(x)
      [x]
    end)
  end

  # Each inner enumerable is reduced with the consumer's own accumulator, so
  # infinite inner streams work; the outer one is pulled one element at a time.
  def flat_map(enum, f) do
    fn acc, fun -> flat_outer(fn a -> Enumerable.reduce(enum, a, &pull/2) end, f, acc, fun) end
  end

  defp pull(x, _), do: {:suspend, [x]}

  defp flat_outer(outer, _f, {:halt, acc}, _fun) do
    outer.({:halt, []})
    {:halted, acc}
  end

  defp flat_outer(outer, f, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> flat_outer(outer, f, a, fun) end}

  defp flat_outer(outer, f, {:cont, acc}, fun) do
    case outer.({:cont, []}) do
      {:suspended, [x], outer} -> flat_inner(Enumerable.reduce(f.(x), {:cont, acc}, fun), outer, f, fun)
      _ -> {:done, acc}
    end
  end

  defp flat_inner({:done, acc}, outer, f, fun), do: flat_outer(outer, f, {:cont, acc}, fun)

  defp flat_inner({:halted, acc}, outer, _f, _fun) do
    outer.({:halt, []})
    {:halted, acc}
  end

  defp flat_inner({:suspended, acc, inner}, outer, f, fun) do
    {:suspended, acc, fn a -> flat_inner(inner.(a), outer, f, fun) end}
  end

  def map_every(enum, nth, f) when is_integer(nth) and nth > 0 do
    transform_with(enum, 0, fn x, i ->
      {[if(rem(i, nth) == 0, do: f.(x), else: x)], i + 1}
    end, fn _ -> [] end)
  end

  def take_every(enum, nth) when is_integer(nth) and nth > 0 do
    transform_with(enum, 0, fn x, i -> {if(rem(i, nth) == 0, do: [x], else: []), i + 1} end, fn _ -> [] end)
  end

  def drop_every(enum, nth) when is_integer(nth) and nth > 0 do
    transform_with(enum, 0, fn x, i -> {if(rem(i, nth) == 0, do: [], else: [x]), i + 1} end, fn _ -> [] end)
  end

  def with_index(enum, offset \\ 0) do
    transform_with(enum, offset, fn x, i -> {[{x, i}], i + 1} end, fn _ -> [] end)
  end

  def take(_enum, 0) do
    fn
      {:halt, acc}, _fun -> {:halted, acc}
      {_, acc}, _fun -> {:done, acc}
    end
  end

  def take(enum, n) when is_integer(n) and n > 0 do
    transform_with(enum, n, fn x, k ->
      if k > 1, do: {[x], k - 1}, else: {:halt, [x], 0}
    end, fn _ -> [] end)
  end

  def take(enum, n) when is_integer(n) and n < 0 do
    fn acc, fun -> Enumerable.reduce(Enum.take(enum, n), acc, fun) end
  end

  def drop(enum, n) when is_integer(n) and n >= 0 do
    transform_with(enum, n, fn x, k -> if k > 0, do: {[], k - 1}, else: {[x], 0} end, fn _ -> [] end)
  end

  def drop(enum, n) when is_integer(n) and n < 0 do
    fn acc, fun -> Enumerable.reduce(Enum.drop(enum, n), acc, fun) end
  end

  def take_while(enum, f) do
    transform_with(enum, nil, fn x, s -> if f.(x), do: {[x], s}, else: {:halt, [], s} end, fn _ -> [] end)
  end

  def drop_while(enum, f) do
    transform_with(enum, true, fn
      x, true -> if f.(x), do: {[], true}, else: {[x], false}
      x, false -> {[x], false}
    end, fn _ -> [] end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)

  def dedup_by(enum, f) do
    transform_with(enum, :none, fn x, prev ->
      value = f.(x)
      if prev == {:value, value}, do: {[], prev}, else: {[x], {:value, value}}
    end, fn _ -> [] end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  def uniq_by(enum, f) do
    transform_with(enum, %{}, fn x, seen ->
      key = f.(x)
      if :erlang.is_map_key(key, seen), do: {[], seen}, else: {[x], :maps.put(key, true, seen)}
    end, fn _ -> [] end)
  end

  def scan(enum, f) do
    transform_with(enum, :first, fn
      x, :first -> {[x], {:acc, x}}
      x, {:acc, a} ->
        a = f.(x, a)
        {[a], {:acc, a}}
    end, fn _ -> [] end)
  end

  def scan(enum, acc, f) do
    transform_with(enum, acc, fn x, a ->
      a = f.(x, a)
      {[a], a}
    end, fn _ -> [] end)
  end

  def intersperse(enum, sep) do
    transform_with(enum, false, fn
      x, false -> {[x], true}
      x, true -> {[sep, x], true}
    end, fn _ -> [] end)
  end

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])

  def chunk_every(enum, count, step, leftover \\ []) when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    {acc, chunk_fun, after_fun} = Enum.chunk_every_funs(count, step, leftover)
    chunk_while(enum, acc, chunk_fun, after_fun)
  end

  def chunk_by(enum, f) do
    {acc, chunk_fun, after_fun} = Enum.chunk_by_funs(f)
    chunk_while(enum, acc, chunk_fun, after_fun)
  end

  def chunk_while(enum, acc, chunk_fun, after_fun) do
    step = fn x, a ->
      case chunk_fun.(x, a) do
        {:cont, chunk, a} -> {[chunk], a}
        {:cont, a} -> {[], a}
        {:halt, a} -> {:halt, [], a}
      end
    end

    finish = fn a ->
      case after_fun.(a) do
        {:cont, chunk, _} -> [chunk]
        {:cont, _} -> []
      end
    end

    transform_with(enum, acc, step, finish)
  end

  def transform(enum, acc, reducer) do
    transform_with(enum, acc, fn x, a ->
      case reducer.(x, a) do
        {:halt, a} -> {:halt, [], a}
        {items, a} -> {Enum.to_list(items), a}
      end
    end, fn _ -> [] end)
  end

  # Sources

  def iterate(start, next) do
    unfold({:first, start}, fn
      {:first, x} -> {x, x}
      x ->
        y = next.(x)
        {y, y}
    end)
  end

  def unfold(state, next), do: fn acc, fun -> unfold_loop(state, next, acc, fun) end

  defp unfold_loop(_state, _next, {:halt, acc}, _fun), do: {:halted, acc}
  defp unfold_loop(state, next, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> unfold_loop(state, next, a, fun) end}

  defp unfold_loop(state, next, {:cont, acc}, fun) do
    case next.(state) do
      nil -> {:done, acc}
      {x, state} -> unfold_loop(state, next, fun.(x, acc), fun)
    end
  end

  def repeatedly(gen) when is_function(gen, 0), do: unfold(nil, fn nil -> {gen.(), nil} end)

  def cycle(enum) do
    case Enum.to_list(enum) do
      [] -> raise ArgumentError, "cannot cycle over an empty enumerable"
      list -> unfold(list, fn [x | rest] -> {x, if(rest == [], do: list, else: rest)} end)
    end
  end

  def concat(enums), do: flat_map(enums, fn e -> e end)
  def concat(first, second), do: flat_map([first, second], fn e -> e end)

  def zip(left, right), do: zip([left, right])

  def zip(enums) do
    fn acc, fun ->
      conts = Enum.map(enums, fn e -> fn a -> Enumerable.reduce(e, a, &pull/2) end end)
      zip_loop(conts, acc, fun)
    end
  end

  def zip_with(enums, f), do: map(zip(enums), fn t -> f.(:erlang.tuple_to_list(t)) end)
  def zip_with(left, right, f), do: map(zip(left, right), fn {a, b} -> f.(a, b) end)

  defp zip_loop(conts, {:halt, acc}, _fun) do
    halt_all(conts)
    {:halted, acc}
  end

  defp zip_loop(conts, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> zip_loop(conts, a, fun) end}

  defp zip_loop(conts, {:cont, acc}, fun) do
    case next_all(conts, [], []) do
      {:ok, items, conts} -> zip_loop(conts, fun.(:erlang.list_to_tuple(items), acc), fun)
      :done -> {:done, acc}
    end
  end

  # Pulls one element from every enumerable; stops at the first exhausted one.
  defp next_all([], items, conts), do: {:ok, :lists.reverse(items), :lists.reverse(conts)}

  defp next_all([cont | rest], items, conts) do
    case cont.({:cont, []}) do
      {:suspended, [x], next} -> next_all(rest, [x | items], [next | conts])
      _ ->
        halt_all(rest)
        halt_all(conts)
        :done
    end
  end

  defp halt_all(conts), do: Enum.each(conts, fn c -> c.({:halt, []}) end)

  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end
end
