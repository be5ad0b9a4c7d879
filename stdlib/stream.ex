# Stream: lazy enumerables, as Elixir builds them. Element-wise steps
# (map, filter, take, ...) give a %Stream{}: the source enum, funs that each
# wrap the reducer of the step after them, the steps' initial states (accs),
# and done, called once the source ends (chunking flushes there).
# Enumerable.reduce/3 composes the funs and carries the states in the
# accumulator, [acc | states]. Steps that emit several items per element or
# read several sources (transform, flat_map, zip, ...) and the sources are
# functions of arity 2 taking the reducer protocol's (acc, fun), as in Elixir;
# they wrap the inner reduction, keeping their own state beside the
# consumer's accumulator: {:cont | :halt | :suspend, {acc, state}}.
defmodule Stream do
  defstruct enum: nil, funs: [], accs: [], done: nil

  # A step without state joins the stream it is applied to, unless that one
  # has a done function, which must run after the whole chain.
  defp lazy(%Stream{done: nil, funs: funs} = lazy, fun), do: %{lazy | funs: [fun | funs]}
  defp lazy(enum, fun), do: %Stream{enum: enum, funs: [fun]}

  defp lazy(%Stream{done: nil, funs: funs, accs: accs} = lazy, acc, fun) do
    %{lazy | funs: [fun | funs], accs: [acc | accs]}
  end

  defp lazy(enum, acc, fun), do: %Stream{enum: enum, funs: [fun], accs: [acc]}

  defp lazy(%Stream{done: nil, funs: funs, accs: accs} = lazy, acc, fun, done) do
    %{lazy | funs: [fun | funs], accs: [acc | accs], done: done}
  end

  defp lazy(enum, acc, fun, done), do: %Stream{enum: enum, funs: [fun], accs: [acc], done: done}

  # The generic transformer: start.() gives the first state when the stream
  # runs; step.(x, state) returns {items, state} or {:halt, items, state};
  # once the source is exhausted, finish.(state) returns {items, state} for
  # the end; after.(state) runs last however the stream stops (exhausted,
  # halted by the step or the consumer, or raising).
  defp transform_with(enum, start, step, finish, after_fun) do
    fn acc, fun -> run_transform(enum, start, step, {finish, after_fun}, acc, fun) end
  end

  defp run_transform(_enum, _start, _step, _hooks, {:halt, acc}, _fun), do: {:halted, acc}

  defp run_transform(enum, start, step, hooks, {:suspend, acc}, fun) do
    {:suspended, acc, fn a -> run_transform(enum, start, step, hooks, a, fun) end}
  end

  defp run_transform(enum, start, step, {_, after_fun} = hooks, {:cont, acc}, fun) do
    reducer = fn x, {inner, state} ->
      {items, state, stop} =
        case guarded(fn -> step.(x, state) end, after_fun, state) do
          {:halt, items, state} -> {items, state, true}
          {items, state} -> {items, state, false}
        end

      case guarded(fn -> emit(items, inner, fun) end, after_fun, state) do
        {:cont, inner} when stop -> {:halt, {:stopped, inner, state}}
        {:cont, inner} -> {:cont, {inner, state}}
        {:halt, inner} -> {:halt, {:consumer, inner, state}}
        {:suspend, inner, rest} -> {:suspend, {:pending, inner, rest, state, stop}}
      end
    end

    finish_transform(Enumerable.reduce(enum, {:cont, {acc, start.()}}, reducer), hooks, fun)
  end

  defp guarded(fun, after_fun, state) do
    fun.()
  catch
    kind, reason ->
      after_fun.(state)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  # The reduction's accumulator is {inner, state} while it runs; a halt from
  # the step or the consumer, or a suspension, tags it with a longer tuple.
  # A source that halts by itself (a taking stream) ends it untagged.
  defp finish_transform({:halted, {tag, inner, state}}, {_, after_fun}, _fun) when tag in [:stopped, :consumer] do
    after_fun.(state)
    {:halted, inner}
  end

  defp finish_transform({:suspended, {:pending, inner, rest, state, stop}, cont}, hooks, fun) do
    {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, hooks, fun) end}
  end

  defp finish_transform({_, {inner, state}}, {finish, after_fun}, fun) do
    {items, state} = finish.(state)
    done_with(items, inner, state, after_fun, fun)
  end

  # The consumer asks for more after a suspension: first the items still
  # pending from the last step, then the source again (unless it stopped).
  defp resume({:halt, inner}, _rest, state, _stop, cont, {_, after_fun}, _fun) do
    cont.({:halt, {:consumer, inner, state}})
    after_fun.(state)
    {:halted, inner}
  end

  defp resume({:suspend, inner}, rest, state, stop, cont, hooks, fun) do
    {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, hooks, fun) end}
  end

  defp resume({:cont, inner}, rest, state, stop, cont, hooks, fun) do
    case emit(rest, inner, fun) do
      {:cont, inner} when stop ->
        finish_transform(cont.({:halt, {:stopped, inner, state}}), hooks, fun)

      {:cont, inner} ->
        finish_transform(cont.({:cont, {inner, state}}), hooks, fun)

      {:halt, inner} ->
        finish_transform(cont.({:halt, {:consumer, inner, state}}), hooks, fun)

      {:suspend, inner, rest} ->
        {:suspended, inner, fn a -> resume(a, rest, state, stop, cont, hooks, fun) end}
    end
  end

  defp done_with(items, inner, state, after_fun, fun) do
    case emit(items, inner, fun) do
      {:suspend, inner, rest} ->
        {:suspended, inner, fn a -> done_resume(a, rest, state, after_fun, fun) end}

      {reason, inner} ->
        after_fun.(state)
        {if(reason == :cont, do: :done, else: :halted), inner}
    end
  end

  defp done_resume({:cont, inner}, rest, state, after_fun, fun), do: done_with(rest, inner, state, after_fun, fun)

  defp done_resume({:halt, inner}, _rest, state, after_fun, _fun) do
    after_fun.(state)
    {:halted, inner}
  end

  defp done_resume({:suspend, inner}, rest, state, after_fun, fun) do
    {:suspended, inner, fn a -> done_resume(a, rest, state, after_fun, fun) end}
  end

  # Feeds items to the consumer until it stops asking for more.
  defp emit([], inner, _fun), do: {:cont, inner}

  defp emit([x | rest], inner, fun) do
    case fun.(x, inner) do
      {:cont, inner} -> emit(rest, inner, fun)
      {:halt, inner} -> {:halt, inner}
      {:suspend, inner} -> {:suspend, inner, rest}
    end
  end

  # Each inner enumerable is reduced with the consumer's own accumulator, so
  # infinite inner streams work; the outer one is pulled one element at a time.
  def flat_map(enum, f) do
    fn acc, fun -> flat_outer(fn a -> Enumerable.reduce(enum, a, &pull/2) end, f, acc, fun) end
  end

  defp pull(x, _), do: {:suspend, [x]}

  # A pulled enumerable may stop as it hands over its last element ({:halted,
  # [x]}, as take does): the element counts, and the next pull finds the end.
  defp exhausted(_), do: {:done, []}

  defp flat_outer(outer, _f, {:halt, acc}, _fun) do
    outer.({:halt, []})
    {:halted, acc}
  end

  defp flat_outer(outer, f, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> flat_outer(outer, f, a, fun) end}

  defp flat_outer(outer, f, {:cont, acc}, fun) do
    case outer.({:cont, []}) do
      {:suspended, [x], outer} -> flat_inner(reduce_inner(f.(x), {:cont, acc}, fun), outer, f, fun)
      {_, [x]} -> flat_inner(reduce_inner(f.(x), {:cont, acc}, fun), &exhausted/1, f, fun)
      _ -> {:done, acc}
    end
  end

  # The consumer's accumulator goes in tagged :outer, and comes back tagged
  # :inner when the consumer halted, so that an inner enumerable that halts
  # by itself (a taking stream) only ends its own turn.
  defp reduce_inner(enum, {command, acc}, fun) do
    Enumerable.reduce(enum, {command, [:outer | acc]}, fn x, [:outer | acc] ->
      case fun.(x, acc) do
        {:halt, acc} -> {:halt, [:inner | acc]}
        {command, acc} -> {command, [:outer | acc]}
      end
    end)
  end

  defp flat_inner({:halted, [:inner | acc]}, outer, _f, _fun) do
    outer.({:halt, []})
    {:halted, acc}
  end

  defp flat_inner({:suspended, [:outer | acc], inner}, outer, f, fun) do
    {:suspended, acc, fn
      {:halt, a} ->
        inner.({:halt, [:outer | a]})
        flat_inner({:halted, [:inner | a]}, outer, f, fun)

      {command, a} ->
        flat_inner(inner.({command, [:outer | a]}), outer, f, fun)
    end}
  end

  defp flat_inner({_, [:outer | acc]}, outer, f, fun), do: flat_outer(outer, f, {:cont, acc}, fun)

  # Element-wise steps: fun.(f1) is the reducer that feeds f1; a step with
  # state finds it after the consumer's accumulator, [head, state | tail].

  def map(enum, fun) when is_function(fun, 1), do: lazy(enum, fn f1 -> fn x, acc -> f1.(fun.(x), acc) end end)

  def filter(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: f1.(x, acc), else: {:cont, acc} end end)
  end

  def reject(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: {:cont, acc}, else: f1.(x, acc) end end)
  end

  def each(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f1 ->
      fn x, acc ->
        fun.(x)
        f1.(x, acc)
      end
    end)
  end

  # Runs f1 with the step's state taken out of the accumulator, then puts
  # the new state back.
  defp next_with(f1, x, [head, _ | tail], state) do
    {reason, [head | tail]} = f1.(x, [head | tail])
    {reason, [head, state | tail]}
  end

  def map_every(enum, 1, fun) when is_function(fun, 1), do: map(enum, fun)
  def map_every(enum, 0, fun) when is_function(fun, 1), do: %Stream{enum: enum}
  def map_every([], nth, fun) when is_integer(nth) and nth > 0 and is_function(fun, 1), do: %Stream{enum: []}

  def map_every(enum, nth, fun) when is_integer(nth) and nth > 0 and is_function(fun, 1) do
    lazy(enum, nth, fn f1 ->
      fn
        x, [_, ^nth | _] = acc -> next_with(f1, fun.(x), acc, 1)
        x, [_, curr | _] = acc -> next_with(f1, x, acc, curr + 1)
      end
    end)
  end

  def take_every(_enum, 0), do: %Stream{enum: []}
  def take_every([], nth) when is_integer(nth) and nth > 0, do: %Stream{enum: []}

  def take_every(enum, nth) when is_integer(nth) and nth > 0 do
    lazy(enum, nth, fn f1 ->
      fn
        x, [_, ^nth | _] = acc -> next_with(f1, x, acc, 1)
        _, [head, curr | tail] -> {:cont, [head, curr + 1 | tail]}
      end
    end)
  end

  def drop_every(enum, 0), do: %Stream{enum: enum}
  def drop_every([], nth) when is_integer(nth) and nth > 0, do: %Stream{enum: []}

  def drop_every(enum, nth) when is_integer(nth) and nth > 0 do
    lazy(enum, nth, fn f1 ->
      fn
        _, [head, ^nth | tail] -> {:cont, [head, 1 | tail]}
        x, [_, curr | _] = acc -> next_with(f1, x, acc, curr + 1)
      end
    end)
  end

  def with_index(enum, offset \\ 0) when is_integer(offset) do
    lazy(enum, offset, fn f1 -> fn x, [_, i | _] = acc -> next_with(f1, {x, i}, acc, i + 1) end end)
  end

  def take(_enum, 0), do: %Stream{enum: []}
  def take([], n) when is_integer(n), do: %Stream{enum: []}

  def take(enum, n) when is_integer(n) and n > 0 do
    lazy(enum, n, fn f1 ->
      fn
        _, [_, 0 | _] = acc ->
          {:halt, acc}

        x, [_, 1 | _] = acc ->
          {_, acc} = next_with(f1, x, acc, 0)
          {:halt, acc}

        x, [_, k | _] = acc ->
          next_with(f1, x, acc, k - 1)
      end
    end)
  end

  def take(enum, n) when is_integer(n) and n < 0 do
    fn acc, fun -> Enumerable.reduce(Enum.take(enum, n), acc, fun) end
  end

  def drop(enum, n) when is_integer(n) and n >= 0 do
    lazy(enum, n, fn f1 ->
      fn
        _, [head, k | tail] when k > 0 -> {:cont, [head, k - 1 | tail]}
        x, [_, k | _] = acc -> next_with(f1, x, acc, k)
      end
    end)
  end

  # The last -n elements are held back in a buffer of two halves: buf1
  # fills while buf2, the previous -n, is let through one by one.
  def drop(enum, n) when is_integer(n) and n < 0 do
    n = -n

    lazy(enum, {0, [], []}, fn f1 ->
      fn
        x, [head, {count, buf1, []} | tail] ->
          drop_buffer(:cont, n, x, head, count, buf1, [], tail)

        x, [head, {count, buf1, [next | buf2]} | tail] ->
          {reason, [head | tail]} = f1.(next, [head | tail])
          drop_buffer(reason, n, x, head, count, buf1, buf2, tail)
      end
    end)
  end

  defp drop_buffer(reason, n, x, head, count, buf1, buf2, tail) do
    buf1 = [x | buf1]
    count = count + 1

    if count == n,
      do: {reason, [head, {0, [], :lists.reverse(buf1)} | tail]},
      else: {reason, [head, {count, buf1, buf2} | tail]}
  end

  def take_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: f1.(x, acc), else: {:halt, acc} end end)
  end

  def drop_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, true, fn f1 ->
      fn x, [_, dropping | _] = acc ->
        if dropping and fun.(x), do: {:cont, acc}, else: next_with(f1, x, acc, false)
      end
    end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)

  def dedup_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, nil, fn f1 ->
      fn x, [_, prev | _] = acc ->
        value = fun.(x)
        if prev === {:value, value}, do: {:cont, acc}, else: next_with(f1, x, acc, {:value, value})
      end
    end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  def uniq_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, %{}, fn f1 ->
      fn x, [_, seen | _] = acc ->
        key = fun.(x)
        if :erlang.is_map_key(key, seen), do: {:cont, acc}, else: next_with(f1, x, acc, :maps.put(key, true, seen))
      end
    end)
  end

  def scan(enum, fun) when is_function(fun, 2) do
    lazy(enum, :first, fn f1 ->
      fn
        x, [_, :first | _] = acc ->
          next_with(f1, x, acc, {:ok, x})

        x, [_, {:ok, prev} | _] = acc ->
          value = fun.(x, prev)
          next_with(f1, value, acc, {:ok, value})
      end
    end)
  end

  def scan(enum, acc, fun) when is_function(fun, 2) do
    lazy(enum, acc, fn f1 ->
      fn x, [_, prev | _] = acc ->
        value = fun.(x, prev)
        next_with(f1, value, acc, value)
      end
    end)
  end

  def intersperse(enum, sep) do
    step = fn
      x, false -> {[x], true}
      x, true -> {[sep, x], true}
    end

    transform_with(enum, fn -> false end, step, &{[], &1}, &no_after/1)
  end

  defp no_after(_state), do: :ok

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])

  def chunk_every(enum, count, step, leftover \\ []) when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    {acc, chunk_fun, after_fun} = Enum.chunk_every_funs(count, step, leftover)
    chunk_while(enum, acc, chunk_fun, after_fun)
  end

  def chunk_by(enum, f) when is_function(f, 1) do
    {acc, chunk_fun, after_fun} = Enum.chunk_by_funs(f)
    chunk_while(enum, acc, chunk_fun, after_fun)
  end

  # The state is [chunk_acc | after_fun]; a consumer that halts replaces
  # after_fun so that nothing is flushed at the end.
  def chunk_while(enum, acc, chunk_fun, after_fun) when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    lazy(enum, [acc | after_fun], fn f1 -> chunk_step(chunk_fun, f1) end, &chunk_done/2)
  end

  defp chunk_step(chunk_fun, f1) do
    fn x, [head, [acc | after_fun] | tail] ->
      case chunk_fun.(x, acc) do
        {:cont, chunk, acc} ->
          case f1.(chunk, [head | tail]) do
            {:halt, [head | tail]} -> {:halt, [head, [acc | &{:cont, &1}] | tail]}
            {command, [head | tail]} -> {command, [head, [acc | after_fun] | tail]}
          end

        {:cont, acc} ->
          {:cont, [head, [acc | after_fun] | tail]}

        {:halt, acc} ->
          {:halt, [head, [acc | after_fun] | tail]}
      end
    end
  end

  defp chunk_done([head, [acc | after_fun] | tail], f1) do
    case after_fun.(acc) do
      {:cont, chunk, acc} ->
        {reason, [head | tail]} = f1.(chunk, [head | tail])
        {reason, [head, [acc | after_fun] | tail]}

      {:cont, acc} ->
        {:cont, [head, [acc | after_fun] | tail]}
    end
  end

  def transform(enum, acc, reducer) when is_function(reducer, 2) do
    transform_with(enum, fn -> acc end, transform_step(reducer), &{[], &1}, &no_after/1)
  end

  def transform(enum, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    transform_with(enum, start_fun, transform_step(reducer), &{[], &1}, after_fun)
  end

  def transform(enum, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and
             is_function(after_fun, 1) do
    finish = fn acc ->
      {items, acc} = last_fun.(acc)
      {Enum.to_list(items), acc}
    end

    transform_with(enum, start_fun, transform_step(reducer), finish, after_fun)
  end

  defp transform_step(reducer) do
    fn x, acc ->
      case reducer.(x, acc) do
        {:halt, acc} -> {:halt, [], acc}
        {items, acc} -> {Enum.to_list(items), acc}
      end
    end
  end

  # next_fun returns {items, acc} or {:halt, acc}; after_fun runs however
  # the stream stops, also when the consumer raises.
  def resource(start_fun, next_fun, after_fun)
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    fn acc, fun -> resource_next(start_fun.(), next_fun, after_fun, acc, fun) end
  end

  defp resource_next(state, _next, after_fun, {:halt, acc}, _fun) do
    after_fun.(state)
    {:halted, acc}
  end

  defp resource_next(state, next, after_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &resource_next(state, next, after_fun, &1, fun)}
  end

  defp resource_next(state, next, after_fun, {:cont, acc}, fun) do
    try do
      next.(state)
    catch
      kind, reason ->
        after_fun.(state)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:halt, state} ->
        after_fun.(state)
        {:done, acc}

      {items, state} ->
        resource_emit(Enum.to_list(items), state, next, after_fun, {:cont, acc}, fun)
    end
  end

  defp resource_emit([], state, next, after_fun, acc, fun), do: resource_next(state, next, after_fun, acc, fun)
  defp resource_emit(_items, state, next, after_fun, {:halt, _} = acc, fun), do: resource_next(state, next, after_fun, acc, fun)

  defp resource_emit(items, state, next, after_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &resource_emit(items, state, next, after_fun, &1, fun)}
  end

  defp resource_emit([x | rest], state, next, after_fun, {:cont, acc}, fun) do
    try do
      fun.(x, acc)
    catch
      kind, reason ->
        after_fun.(state)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      acc -> resource_emit(rest, state, next, after_fun, acc, fun)
    end
  end

  def duplicate(value, n) when is_integer(n) and n >= 0 do
    unfold(n, fn
      0 -> nil
      k -> {value, k - 1}
    end)
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

  def unfold(state, next), do: fn acc, fun -> do_unfold(state, next, acc, fun) end

  defp do_unfold(_state, _next, {:halt, acc}, _fun), do: {:halted, acc}
  defp do_unfold(state, next, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> do_unfold(state, next, a, fun) end}

  defp do_unfold(state, next, {:cont, acc}, fun) do
    case next.(state) do
      nil -> {:done, acc}
      {x, state} -> do_unfold(state, next, fun.(x, acc), fun)
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
      {_, [x]} -> next_all(rest, [x | items], [(&exhausted/1) | conts])
      _ ->
        halt_all(rest)
        halt_all(conts)
        :done
    end
  end

  defp halt_all(conts), do: Enum.each(conts, fn c -> c.({:halt, []}) end)

  # Passes the elements on unchanged, collecting each (transformed) into the
  # collectable as it goes by: :done at the end, :halt if the stream stops.
  def into(enum, collectable, transform \\ fn x -> x end) when is_function(transform, 1) do
    transform(
      enum,
      fn -> Collectable.into(collectable) end,
      fn x, {acc, into} -> {[x], {into.(acc, {:cont, transform.(x)}), into}} end,
      fn {acc, into} -> {[], {:done, into.(acc, :done)}} end,
      fn
        {:done, _} -> :ok
        {acc, into} -> into.(acc, :halt)
      end
    )
  end

  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end

  # Deprecated in Elixir, kept for old code
  def chunk(enum, count), do: chunk(enum, count, count, nil)
  def chunk(enum, count, step, leftover \\ nil), do: chunk_every(enum, count, step, leftover || :discard)
  def filter_map(enum, filter, mapper), do: map(filter(enum, filter), mapper)
  def uniq(enum, fun), do: uniq_by(enum, fun)
end
