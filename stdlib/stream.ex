# Stream: lazy enumerables, as Elixir builds them. Element-wise steps
# (map, filter, take, ...) give a %Stream{}: the source enum, funs that each
# wrap the reducer of the step after them, the steps' initial states (accs),
# and done, called once the source ends (chunking flushes there).
# Enumerable.Stream.reduce/3 (at the end of this file) composes the funs and
# carries the states in the accumulator, [acc | states]. Steps that emit
# several items per element or read several sources (transform, flat_map,
# zip, ...) and the sources are functions of arity 2 taking the reducer
# protocol's (acc, fun), as in Elixir; they pull their sources one element
# at a time and keep their own state beside the consumer's accumulator.
# Helpers have Elixir's names and `#@` lines where its frames show them.
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

  # transform/3,4,5, flat_map and into: the source is pulled one element at
  # a time (a list or range directly, any other enumerable through
  # suspensions); the items the reducer gives for it (any enumerable,
  # infinite ones too) are reduced with the consumer's own accumulator. The
  # reducer keeps its state beside them; after_fun runs however the stream
  # stops, also when the source, the reducer, last_fun or the consumer
  # raises. The user's functions are called where Elixir's frames show them.
  defp do_transform(enum, start_fun, reducer, last_fun, after_fun, acc, fun) do
    outer =
      case enum do
        list when is_list(list) -> list
        %Range{first: first, last: last, step: step} -> {first, last, step}
        _ -> fn a -> Enumerable.reduce(enum, a, &pull/2) end
      end

    # the consumer's reducer for the items of an enumerable other than a list
    inner_fun = fn x, [:outer | acc] ->
      case fun.(x, acc) do
        {:cont, acc} -> {:cont, [:outer | acc]}
        {:halt, acc} -> {:halt, [:inner | acc]}
        {:suspend, acc} -> {:suspend, [:suspended | acc]}
      end
    end

    state = start_fun.() #@ 924
    do_transform_user(outer, state, last_fun, {reducer, after_fun, inner_fun}, acc, fun)
  end

  defp do_transform_user(outer, state, _last_fun, {_, after_fun, _}, {:halt, acc}, _fun) do
    halt_outer(outer)
    after_transform(after_fun, state)
    {:halted, acc}
  end

  defp do_transform_user(outer, state, last_fun, hooks, {:suspend, acc}, fun) do
    {:suspended, acc, &do_transform_user(outer, state, last_fun, hooks, &1, fun)}
  end

  defp do_transform_user([x | outer], state, last_fun, {reducer, after_fun, _} = hooks, {:cont, acc}, fun) do
    result =
      try do
        reducer.(x, state) #@ 989
      catch
        kind, reason ->
          after_transform(after_fun, state)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    do_transform_result(result, outer, last_fun, hooks, acc, fun)
  end

  defp do_transform_user([], state, last_fun, hooks, {:cont, acc}, fun), do: do_transform(state, last_fun, hooks, acc, fun)

  defp do_transform_user({first, last, step}, state, last_fun, {reducer, after_fun, _} = hooks, {:cont, acc}, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last) do
    result =
      try do
        reducer.(first, state) #@ 989
      catch
        kind, reason ->
          after_transform(after_fun, state)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    do_transform_result(result, {first + step, last, step}, last_fun, hooks, acc, fun)
  end

  defp do_transform_user({_, _, _}, state, last_fun, hooks, {:cont, acc}, fun), do: do_transform(state, last_fun, hooks, acc, fun)

  defp do_transform_user(outer, state, last_fun, {_, after_fun, _} = hooks, {:cont, acc}, fun) when is_function(outer) do
    case guarded(after_fun, state, outer, {:cont, []}) do
      {:suspended, [x], outer} -> do_transform_user([x | outer], state, last_fun, hooks, {:cont, acc}, fun)
      {_, [x]} -> do_transform_user([x], state, last_fun, hooks, {:cont, acc}, fun)
      _ -> do_transform(state, last_fun, hooks, acc, fun)
    end
  end

  # The improper tail of a list source fails in Enumerable.List.reduce/3, as
  # reducing the rest of the list would.
  defp do_transform_user(outer, _state, _last_fun, _hooks, {:cont, _acc}, _fun),
    do: Enumerable.List.reduce(outer, {:cont, []}, &pull/2)

  # The source is exhausted: last_fun's items, if any, then after_fun.
  defp do_transform(state, last_fun, {_, after_fun, _} = hooks, acc, fun) do
    if last_fun do
      result =
        try do
          last_fun.(state) #@ 961
        catch
          kind, reason ->
            after_transform(after_fun, state)
            :erlang.raise(kind, reason, __STACKTRACE__)
        end

      do_transform_result(result, [], nil, hooks, acc, fun)
    else
      if after_fun, do: after_fun.(state) #@ 977
      {:halted, acc}
    end
  end

  # A reducer that halts ends the stream without last_fun.
  defp do_transform_result(result, outer, last_fun, {_, after_fun, _} = hooks, acc, fun) do
    case result do #@ 1003
      {:halt, state} ->
        halt_outer(outer)
        after_transform(after_fun, state)
        {:halted, acc}

      {items, state} when is_list(items) ->
        do_transform_inner_list(items, outer, state, last_fun, hooks, {:cont, acc}, fun)

      {items, state} ->
        do_transform_inner_enum(items, outer, state, last_fun, hooks, acc, fun)
    end
  end

  # The items are reduced with the consumer's reducer itself: a list halts
  # only when the consumer does.
  defp do_transform_inner_list(items, outer, state, last_fun, {_, after_fun, _} = hooks, acc, fun) do
    result =
      try do
        Enumerable.List.reduce(items, acc, fun) #@ 1026
      catch
        kind, reason ->
          after_transform(after_fun, state)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    transform_list_result(result, outer, state, last_fun, hooks, fun)
  end

  defp transform_list_result({:done, acc}, outer, state, last_fun, hooks, fun),
    do: do_transform_user(outer, state, last_fun, hooks, {:cont, acc}, fun)

  defp transform_list_result({:halted, acc}, outer, state, last_fun, hooks, fun),
    do: do_transform_user(outer, state, last_fun, hooks, {:halt, acc}, fun)

  defp transform_list_result({:suspended, acc, continuation}, outer, state, last_fun, {_, after_fun, _} = hooks, fun) do
    {:suspended, acc, fn a ->
      transform_list_result(guarded(after_fun, state, continuation, a), outer, state, last_fun, hooks, fun)
    end}
  end

  defp do_transform_inner_enum(items, outer, state, last_fun, {_, after_fun, inner_fun} = hooks, acc, fun) do
    result =
      try do
        Enumerable.reduce(items, {:cont, [:outer | acc]}, inner_fun) #@ 1051
      catch
        kind, reason ->
          after_transform(after_fun, state)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    transform_inner(result, outer, state, last_fun, hooks, fun)
  end

  defp transform_inner({:halted, [:inner | acc]}, outer, state, last_fun, hooks, fun),
    do: do_transform_user(outer, state, last_fun, hooks, {:halt, acc}, fun)

  defp transform_inner({:suspended, [:suspended | acc], inner}, outer, state, last_fun, {_, after_fun, _} = hooks, fun) do
    {:suspended, acc, fn
      {:halt, a} ->
        guarded(after_fun, state, inner, {:halt, [:outer | a]})
        do_transform_user(outer, state, last_fun, hooks, {:halt, a}, fun)

      {command, a} ->
        next = guarded(after_fun, state, inner, {command, [:outer | a]})
        transform_inner(next, outer, state, last_fun, hooks, fun)
    end}
  end

  # The inner enumerable halted by itself as the consumer asked to suspend
  # (a take at its last element): the stream suspends before the next one.
  defp transform_inner({_, [:suspended | acc]}, outer, state, last_fun, hooks, fun),
    do: {:suspended, acc, &do_transform_user(outer, state, last_fun, hooks, &1, fun)}

  defp transform_inner({_, [:outer | acc]}, outer, state, last_fun, hooks, fun),
    do: do_transform_user(outer, state, last_fun, hooks, {:cont, acc}, fun)

  defp halt_outer(outer) when is_function(outer), do: outer.({:halt, []})
  defp halt_outer(_outer), do: :ok

  defp after_transform(nil, _state), do: :ok
  defp after_transform(after_fun, state), do: after_fun.(state)

  # Calls f, and when it raises, after_fun (if any) with the state first.
  defp guarded(nil, _state, f, arg), do: f.(arg)

  defp guarded(after_fun, state, f, arg) do
    f.(arg)
  catch
    kind, reason ->
      after_fun.(state)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  defp guarded(nil, _state, f, arg1, arg2), do: f.(arg1, arg2)

  defp guarded(after_fun, state, f, arg1, arg2) do
    f.(arg1, arg2)
  catch
    kind, reason ->
      after_fun.(state)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  defp guarded(nil, _state, f, arg1, arg2, arg3), do: f.(arg1, arg2, arg3)

  defp guarded(after_fun, state, f, arg1, arg2, arg3) do
    f.(arg1, arg2, arg3)
  catch
    kind, reason ->
      after_fun.(state)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  defp pull(x, _), do: {:suspend, [x]}

  # A pulled enumerable may stop as it hands over its last element ({:halted,
  # [x]}, as take does): the element counts, and the next pull finds the end.
  defp exhausted(_), do: {:done, []}

  # The consumer's accumulator goes in tagged :outer, and comes back tagged
  # :inner when the consumer halted (:suspended when it suspended), so that
  # an inner enumerable that halts by itself (a taking stream) only ends its
  # own turn.
  defp reduce_inner(enum, {command, acc}, fun) do
    Enumerable.reduce(enum, {command, [:outer | acc]}, fn x, [:outer | acc] ->
      case fun.(x, acc) do
        {:cont, acc} -> {:cont, [:outer | acc]}
        {:halt, acc} -> {:halt, [:inner | acc]}
        {:suspend, acc} -> {:suspend, [:suspended | acc]}
      end
    end)
  end

  # Element-wise steps: fun.(f1) is the reducer that feeds f1; a step with
  # state finds it after the consumer's accumulator, [head, state | tail],
  # takes it out to call f1 and puts the new one back.

  def map(enum, fun) when is_function(fun, 1), do: #@ 611
    lazy(enum, fn f1 -> fn x, acc -> f1.(fun.(x), acc) end end) #@ 612

  def filter(enum, fun) when is_function(fun, 1) do #@ 521
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: f1.(x, acc), else: {:cont, acc} end end) #@ 522
  end

  def reject(enum, fun) when is_function(fun, 1) do #@ 664
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: {:cont, acc}, else: f1.(x, acc) end end) #@ 665
  end

  def each(enum, fun) when is_function(fun, 1) do #@ 478
    lazy(enum, fn f1 ->
      fn x, acc ->
        fun.(x) #@ 481
        f1.(x, acc)
      end
    end)
  end

  def map_every(enum, nth, fun) when is_integer(nth) and nth >= 0 and is_function(fun, 1), #@ 640
    do: map_every_after_guards(enum, nth, fun)

  defp map_every_after_guards(enum, 1, fun), do: map(enum, fun)
  defp map_every_after_guards(enum, 0, _fun), do: %Stream{enum: enum}
  defp map_every_after_guards([], _nth, _fun), do: %Stream{enum: []}

  defp map_every_after_guards(enum, nth, fun) do
    lazy(enum, nth, fn f1 ->
      fn
        x, [head, ^nth | tail] ->
          {reason, [head | tail]} = f1.(fun.(x), [head | tail]) #@ 649
          {reason, [head, 1 | tail]}

        x, [head, curr | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 649
          {reason, [head, curr + 1 | tail]}
      end
    end)
  end

  def take_every(enum, nth) when is_integer(nth) and nth >= 0, do: take_every_after_guards(enum, nth) #@ 793

  defp take_every_after_guards(_enum, 0), do: %Stream{enum: []}
  defp take_every_after_guards([], _nth), do: %Stream{enum: []}

  defp take_every_after_guards(enum, nth) do
    lazy(enum, nth, fn f1 ->
      fn
        x, [head, ^nth | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 802
          {reason, [head, 1 | tail]}

        _, [head, curr | tail] ->
          {:cont, [head, curr + 1 | tail]}
      end
    end)
  end

  def drop_every(enum, 0), do: %Stream{enum: enum} #@ 400
  def drop_every([], _nth), do: %Stream{enum: []}

  def drop_every(enum, nth) when is_integer(nth) and nth > 0 do
    lazy(enum, nth, fn f1 ->
      fn
        _, [head, ^nth | tail] ->
          {:cont, [head, 1 | tail]}

        x, [head, curr | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 404
          {reason, [head, curr + 1 | tail]}
      end
    end)
  end

  def with_index(enum, offset \\ 0) when is_integer(offset) do #@ 1157
    lazy(enum, offset, fn f1 ->
      fn x, [head, index | tail] ->
        {reason, [head | tail]} = f1.({x, index}, [head | tail]) #@ 1158
        {reason, [head, index + 1 | tail]}
      end
    end)
  end

  def take(enum, count) when is_integer(count), do: take_after_guards(enum, count) #@ 754

  defp take_after_guards(_enum, 0), do: %Stream{enum: []}
  defp take_after_guards([], _count), do: %Stream{enum: []}

  # The stream halts as the last element goes by, without waiting for
  # another one, even when the consumer asks to suspend there: whoever
  # pulls one element at a time counts that element all the same.
  defp take_after_guards(enum, count) when count > 0 do
    lazy(enum, count, fn f1 ->
      fn x, [head, left | tail] ->
        case f1.(x, [head | tail]) do #@ 763
          {reason, [head | tail]} when left > 1 -> {reason, [head, left - 1 | tail]}
          {_, [head | tail]} -> {:halt, [head, 0 | tail]}
        end
      end
    end)
  end

  defp take_after_guards(enum, count) do
    fn acc, fun -> Enumerable.reduce(Enum.take(enum, count), acc, fun) end
  end

  def drop(enum, n) when is_integer(n) and n >= 0 do #@ 346
    lazy(enum, n, fn f1 ->
      fn
        _, [head, left | tail] when left > 0 ->
          {:cont, [head, left - 1 | tail]}

        x, [head, left | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 347
          {reason, [head, left | tail]}
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
          {reason, [head | tail]} = f1.(next, [head | tail]) #@ 359
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

  def take_while(enum, fun) when is_function(fun, 1) do #@ 817
    lazy(enum, fn f1 -> fn x, acc -> if fun.(x), do: f1.(x, acc), else: {:halt, acc} end end) #@ 818
  end

  def drop_while(enum, fun) when is_function(fun, 1) do #@ 419
    lazy(enum, true, fn f1 ->
      fn
        x, [head, true | tail] = acc ->
          if fun.(x) do #@ 420
            {:cont, acc}
          else
            {reason, [head | tail]} = f1.(x, [head | tail]) #@ 420
            {reason, [head, false | tail]}
          end

        x, [head, false | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 420
          {reason, [head, false | tail]}
      end
    end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)

  def dedup_by(enum, fun) when is_function(fun, 1) do #@ 322
    lazy(enum, nil, fn f1 ->
      fn x, [head, prev | tail] = acc ->
        value = fun.(x) #@ 323

        if prev === {:value, value} do
          {:cont, acc}
        else
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 323
          {reason, [head, {:value, value} | tail]}
        end
      end
    end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  def uniq_by(enum, fun) when is_function(fun, 1) do #@ 1135
    lazy(enum, %{}, fn f1 ->
      fn x, [head, seen | tail] = acc ->
        key = fun.(x) #@ 1136

        if :erlang.is_map_key(key, seen) do
          {:cont, acc}
        else
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 1136
          {reason, [head, :maps.put(key, true, seen) | tail]}
        end
      end
    end)
  end

  def scan(enum, fun) when is_function(fun, 2) do #@ 707
    lazy(enum, :first, fn f1 ->
      fn
        x, [head, :first | tail] ->
          {reason, [head | tail]} = f1.(x, [head | tail]) #@ 708
          {reason, [head, {:ok, x} | tail]}

        x, [head, {:ok, prev} | tail] ->
          value = fun.(x, prev) #@ 708
          {reason, [head | tail]} = f1.(value, [head | tail]) #@ 708
          {reason, [head, {:ok, value} | tail]}
      end
    end)
  end

  def scan(enum, acc, fun) when is_function(fun, 2) do #@ 724
    lazy(enum, acc, fn f1 ->
      fn x, [head, prev | tail] ->
        value = fun.(x, prev) #@ 725
        {reason, [head | tail]} = f1.(value, [head | tail]) #@ 725
        {reason, [head, value | tail]}
      end
    end)
  end

  def intersperse(enum, sep) do
    transform(enum, false, fn
      x, true -> {[sep, x], true}
      x, false -> {[x], true}
    end)
  end

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])

  def chunk_every(enum, count, step, leftover \\ []) #@ 196
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    Stream.Reducers.chunk_every(&chunk_while/4, enum, count, step, leftover)
  end

  def chunk_by(enum, fun) when is_function(fun, 1) do #@ 214
    Stream.Reducers.chunk_by(&chunk_while/4, enum, fun)
  end

  # The state is [chunk_acc | after_fun]; a consumer that halts replaces
  # after_fun so that nothing is flushed at the end.
  def chunk_while(enum, acc, chunk_fun, after_fun) #@ 255
      when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    lazy(enum, [acc | after_fun], fn f1 -> chunk_while_fun(chunk_fun, f1) end, &after_chunk_while/2)
  end

  defp chunk_while_fun(chunk_fun, f1) do
    fn x, [head, [acc | after_fun] | tail] ->
      case chunk_fun.(x, acc) do #@ 267
        {:cont, chunk, acc} ->
          case f1.(chunk, [head | tail]) do #@ 272
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

  defp after_chunk_while([head, [acc | after_fun] | tail], f1) do
    case after_fun.(acc) do #@ 287
      {:cont, chunk, acc} ->
        {reason, [head | tail]} = f1.(chunk, [head | tail]) #@ 288
        {reason, [head, [acc | after_fun] | tail]}

      {:cont, acc} ->
        {:cont, [head, [acc | after_fun] | tail]}
    end
  end

  def flat_map(enum, mapper) when is_function(mapper, 1) do #@ 505
    transform(enum, nil, fn val, nil -> {mapper.(val), nil} end) #@ 506
  end

  def transform(enum, acc, reducer) when is_function(reducer, 2) do #@ 871
    fn acc2, fun -> do_transform(enum, fn -> acc end, reducer, nil, nil, acc2, fun) end
  end

  def transform(enum, start_fun, reducer, after_fun) #@ 886
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    fn acc, fun -> do_transform(enum, start_fun, reducer, nil, after_fun, acc, fun) end
  end

  def transform(enum, start_fun, reducer, last_fun, after_fun) #@ 913
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and
             is_function(after_fun, 1) do
    fn acc, fun -> do_transform(enum, start_fun, reducer, last_fun, after_fun, acc, fun) end
  end

  # Passes the elements on unchanged, collecting each (transformed) into the
  # collectable as it goes by: :done at the end, :halt if the stream stops
  # early or raises. The collectable's state rides beside the consumer's
  # accumulator.
  def into(enum, collectable, transform \\ fn x -> x end) when is_function(transform, 1) do #@ 566
    &do_into(enum, collectable, transform, &1, &2)
  end

  defp do_into(enum, collectable, transform, acc, fun) do
    {initial, into} = Collectable.into(collectable) #@ 571

    composed = fn x, [acc | collected] ->
      collected = into.(collected, {:cont, transform.(x)}) #@ 574
      {reason, acc} = fun.(x, acc) #@ 575
      {reason, [acc | collected]}
    end

    do_into(&Enumerable.reduce(enum, &1, composed), initial, into, acc)
  end

  defp do_into(reduce, collected, into, {command, acc}) do
    try do
      reduce.({command, [acc | collected]}) #@ 584
    catch
      kind, reason ->
        into.(collected, :halt)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      {:suspended, [acc | collected], continuation} ->
        {:suspended, acc, &do_into(continuation, collected, into, &1)}

      {:done, [acc | collected]} ->
        into.(collected, :done)
        {:done, acc}

      {:halted, [acc | collected]} ->
        into.(collected, :halt)
        {:halted, acc}
    end
  end

  # next_fun returns {items, acc} or {:halt, acc}; the items (any
  # enumerable) are reduced with the consumer's accumulator, as transform's
  # are. after_fun runs however the stream stops, also when the consumer
  # raises.
  def resource(start_fun, next_fun, after_fun) #@ 1607
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    fn acc, fun -> do_resource(start_fun.(), next_fun, after_fun, acc, fun) end #@ 1609
  end

  defp do_resource(state, _next, after_fun, {:halt, acc}, _fun) do
    after_fun.(state) #@ 1617
    {:halted, acc}
  end

  defp do_resource(state, next, after_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &do_resource(state, next, after_fun, &1, fun)}
  end

  # What next_fun returns is looked at after the try, so that the stream
  # goes on from a tail call.
  defp do_resource(state, next, after_fun, {:cont, acc}, fun) do
    result =
      try do #@ 1622
        next.(state) #@ 1623
      catch
        kind, reason ->
          after_fun.(state)
          :erlang.raise(kind, reason, __STACKTRACE__)
      else
        {_, _} = result -> result
      end

    case result do
      {:halt, state} ->
        do_resource(state, next, after_fun, {:halt, acc}, fun)

      {items, state} when is_list(items) ->
        resource_items(items, state, next, after_fun, {:cont, acc}, fun)

      {items, state} ->
        inner = guarded(after_fun, state, &reduce_inner/3, items, {:cont, acc}, fun)
        resource_inner(inner, state, next, after_fun, fun)
    end
  end

  defp resource_items([x | items], state, next, after_fun, {:cont, acc}, fun) do
    resource_items(items, state, next, after_fun, guarded(after_fun, state, fun, x, acc), fun)
  end

  defp resource_items(items, state, next, after_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &resource_items(items, state, next, after_fun, &1, fun)}
  end

  defp resource_items(_items, state, next, after_fun, acc, fun), do: do_resource(state, next, after_fun, acc, fun)

  defp resource_inner({:halted, [:inner | acc]}, state, next, after_fun, fun),
    do: do_resource(state, next, after_fun, {:halt, acc}, fun)

  defp resource_inner({:suspended, [:suspended | acc], inner}, state, next, after_fun, fun) do
    {:suspended, acc, fn
      {:halt, a} ->
        guarded(after_fun, state, inner, {:halt, [:outer | a]})
        do_resource(state, next, after_fun, {:halt, a}, fun)

      {command, a} ->
        next_inner = guarded(after_fun, state, inner, {command, [:outer | a]})
        resource_inner(next_inner, state, next, after_fun, fun)
    end}
  end

  defp resource_inner({_, [:suspended | acc]}, state, next, after_fun, fun),
    do: {:suspended, acc, &do_resource(state, next, after_fun, &1, fun)}

  defp resource_inner({_, [:outer | acc]}, state, next, after_fun, fun),
    do: do_resource(state, next, after_fun, {:cont, acc}, fun)

  # Sources

  def duplicate(value, n) when is_integer(n) and n >= 0 do #@ 450
    unfold(n, fn
      0 -> nil
      remaining -> {value, remaining - 1}
    end)
  end

  def iterate(start_value, next_fun) when is_function(next_fun, 1) do #@ 1521
    unfold({:ok, start_value}, fn
      {:ok, value} -> {value, {:next, value}}
      {:next, value} ->
        next = next_fun.(value) #@ 1527
        {next, {:next, next}}
    end)
  end

  def unfold(next_acc, next_fun) when is_function(next_fun, 1) do #@ 1727
    fn acc, fun -> do_unfold(next_acc, next_fun, acc, fun) end
  end

  defp do_unfold(_next_acc, _next_fun, {:halt, acc}, _fun), do: {:halted, acc}

  defp do_unfold(next_acc, next_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &do_unfold(next_acc, next_fun, &1, fun)}
  end

  defp do_unfold(next_acc, next_fun, {:cont, acc}, fun) do
    case next_fun.(next_acc) do #@ 1740
      nil -> {:done, acc}
      {v, next_acc} -> do_unfold(next_acc, next_fun, fun.(v, acc), fun) #@ 1742
    end
  end

  def repeatedly(generator_fun) when is_function(generator_fun, 0) do #@ 1544
    fn acc, fun -> do_repeatedly(generator_fun, acc, fun) end
  end

  defp do_repeatedly(_generator_fun, {:halt, acc}, _fun), do: {:halted, acc}

  defp do_repeatedly(generator_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &do_repeatedly(generator_fun, &1, fun)}
  end

  defp do_repeatedly(generator_fun, {:cont, acc}, fun) do
    do_repeatedly(generator_fun, fun.(generator_fun.(), acc), fun) #@ 1557
  end

  # interval(:infinity) is a stream whose every element waits forever.
  def interval(n) when is_integer(n) and n >= 0 when n == :infinity do #@ 550
    unfold(0, fn count ->
      Process.sleep(n)
      {count, count + 1}
    end)
  end

  def timer(n) when is_integer(n) and n >= 0 when n == :infinity, do: take(interval(n), 1) #@ 834

  # A list cycles through unfold; a range that is not empty steps through
  # its numbers; any other enumerable is pulled one element at a time and
  # reduced again from the start once it ends.
  def cycle(enumerable)

  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable") #@ 1453

  def cycle(enumerable) when is_list(enumerable) do
    unfold({enumerable, enumerable}, fn #@ 1457
      {source, [h | t]} -> {h, {source, t}} #@ 1457
      {[h | t] = source, []} -> {h, {source, t}} #@ 1457
    end)
  end

  def cycle(enumerable) do
    fn acc, fun ->
      case enumerable do
        %Range{first: first, last: last, step: step} when (step > 0 and first <= last) or (step < 0 and first >= last) ->
          do_cycle({first, last, step}, {first, last, step}, acc, fun)

        _ ->
          cycle = fn a -> Enumerable.reduce(enumerable, a, &pull/2) end
          do_cycle(check_cycle_first_element(cycle), cycle, acc, fun)
      end
    end
  end

  defp check_cycle_first_element(reduce) do
    fn acc ->
      case reduce.(acc) do
        {state, []} when state in [:done, :halted] ->
          raise ArgumentError, "cannot cycle over an empty enumerable" #@ 1502

        other ->
          other
      end
    end
  end

  defp do_cycle(reduce, _cycle, {:halt, acc}, _fun) do
    halt_outer(reduce)
    {:halted, acc}
  end

  defp do_cycle(reduce, cycle, {:suspend, acc}, fun) do
    {:suspended, acc, &do_cycle(reduce, cycle, &1, fun)}
  end

  defp do_cycle({first, last, step}, cycle, {:cont, acc}, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last) do
    do_cycle({first + step, last, step}, cycle, fun.(first, acc), fun) #@ 1484
  end

  defp do_cycle({_, _, _}, cycle, {:cont, acc}, fun), do: do_cycle(cycle, cycle, {:cont, acc}, fun)

  defp do_cycle(reduce, cycle, {:cont, acc}, fun) do
    case reduce.({:cont, []}) do #@ 1482
      {:suspended, [x], reduce} -> do_cycle(reduce, cycle, fun.(x, acc), fun) #@ 1484
      {_, [x]} -> do_cycle(cycle, cycle, fun.(x, acc), fun) #@ 1484
      {_, []} -> do_cycle(cycle, cycle, {:cont, acc}, fun)
    end
  end

  def concat(enumerables), do: flat_map(enumerables, fn enum -> enum end)
  def concat(first, second), do: flat_map([first, second], fn enum -> enum end)

  def zip(enumerable1, enumerable2), do: zip_with(enumerable1, enumerable2, &{&1, &2})
  def zip(enumerables), do: zip_with(enumerables, &:erlang.list_to_tuple/1)

  def zip_with(enumerable1, enumerable2, zip_fun) #@ 1254
      when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2) do
    &zip_pair(enumerable1, enumerable2, &1, &2, zip_fun)
  end

  def zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2) do
    zip_with([enumerable1, enumerable2], fn [left, right] -> zip_fun.(left, right) end)
  end

  # Lists are zipped by walking them; other enumerables are pulled one
  # element at a time.
  def zip_with(enumerables, zip_fun) when is_function(zip_fun, 1) do #@ 1302
    if is_list(enumerables) and :lists.all(&is_list/1, enumerables),
      do: &zip_list(enumerables, &1, &2, zip_fun),
      else: &zip_enum(enumerables, &1, &2, zip_fun)
  end

  defp zip_enum(enumerables, acc, fun, zip_fun) do
    conts = Enum.map(enumerables, fn enum -> fn a -> Enumerable.reduce(enum, a, &pull/2) end end)
    do_zip_enum(conts, zip_fun, acc, fun)
  end

  defp zip_pair(_list1, _list2, {:halt, acc}, _fun, _zip_fun), do: {:halted, acc} #@ 1263

  defp zip_pair(list1, list2, {:suspend, acc}, fun, zip_fun) do
    {:suspended, acc, &zip_pair(list1, list2, &1, fun, zip_fun)}
  end

  defp zip_pair([], _list2, {:cont, acc}, _fun, _zip_fun), do: {:done, acc}
  defp zip_pair(_list1, [], {:cont, acc}, _fun, _zip_fun), do: {:done, acc}

  defp zip_pair([head1 | tail1], [head2 | tail2], {:cont, acc}, fun, zip_fun) do
    zip_pair(tail1, tail2, fun.(zip_fun.(head1, head2), acc), fun, zip_fun) #@ 1275
  end

  defp zip_list(_lists, {:halt, acc}, _fun, _zip_fun), do: {:halted, acc}

  defp zip_list(lists, {:suspend, acc}, fun, zip_fun) do
    {:suspended, acc, &zip_list(lists, &1, fun, zip_fun)}
  end

  defp zip_list(lists, {:cont, acc}, fun, zip_fun) do
    case zip_list_heads_tails(lists, [], []) do #@ 1319
      {heads, tails} -> zip_list(tails, fun.(zip_fun.(heads), acc), fun, zip_fun) #@ 1320
      :done -> {:done, acc}
    end
  end

  defp zip_list_heads_tails([[head | tail] | rest], heads, tails), #@ 1325
    do: zip_list_heads_tails(rest, [head | heads], [tail | tails])

  defp zip_list_heads_tails([[] | _rest], _heads, _tails), do: :done
  defp zip_list_heads_tails([], heads, tails), do: {:lists.reverse(heads), :lists.reverse(tails)}

  defp do_zip_enum(conts, _zip_fun, {:halt, acc}, _fun) do
    halt_all(conts)
    {:halted, acc}
  end

  defp do_zip_enum(conts, zip_fun, {:suspend, acc}, fun), do: {:suspended, acc, &do_zip_enum(conts, zip_fun, &1, fun)}

  # When pulling or the consumer raises, every enumerable is halted first.
  defp do_zip_enum(conts, zip_fun, {:cont, acc}, fun) do
    next =
      try do
        do_zip_next(conts, [], [], zip_fun, acc, fun) #@ 1366
      catch
        kind, reason ->
          :lists.foreach(fn cont -> cont.({:halt, []}) end, conts) #@ 1369
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case next do
      {:next, conts, acc} -> do_zip_enum(conts, zip_fun, acc, fun)
      :done -> {:done, acc}
    end
  end

  # Pulls one element from every enumerable, then gives their zip to the
  # consumer; stops at the first exhausted one.
  defp do_zip_next([], items, conts, zip_fun, acc, fun) do
    {:next, :lists.reverse(conts), fun.(zip_fun.(:lists.reverse(items)), acc)} #@ 1429
  end

  defp do_zip_next([cont | rest], items, conts, zip_fun, acc, fun) do
    case cont.({:cont, []}) do
      {:suspended, [x], next} -> do_zip_next(rest, [x | items], [next | conts], zip_fun, acc, fun)
      {_, [x]} -> do_zip_next(rest, [x | items], [(&exhausted/1) | conts], zip_fun, acc, fun)
      _ ->
        halt_all(rest)
        halt_all(conts)
        :done
    end
  end

  defp halt_all(conts), do: Enum.each(conts, fn c -> c.({:halt, []}) end)

  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end) #@ 689
    :ok
  end

  # Deprecated in Elixir, kept for old code
  def chunk(enum, n), do: chunk(enum, n, n, nil)
  def chunk(enum, n, step), do: chunk_every(enum, n, step, nil)

  def chunk(enum, n, step, leftover) #@ 148
      when is_integer(n) and n > 0 and is_integer(step) and step > 0 do
    chunk_every(enum, n, step, leftover || :discard)
  end

  def filter_map(enum, filter, mapper) do
    lazy(enum, fn f1 ->
      fn x, acc ->
        if filter.(x), do: f1.(mapper.(x), acc), else: {:cont, acc} #@ 528
      end
    end)
  end

  def uniq(enum, fun), do: uniq_by(enum, fun)
end

# Enumerable for %Stream{}: the funs wrap the consumer's reducer, the first
# step's outermost; the reduction carries [acc | the steps' states].
defmodule Enumerable.Stream do
  def reduce(%Stream{enum: enum, funs: funs, accs: accs, done: done}, acc, fun) do
    consumer = fn x, [acc] ->
      {reason, acc} = fun.(x, acc) #@ 1799
      {reason, [acc]}
    end

    composed = :lists.foldl(fn step, f -> step.(f) end, consumer, funs)
    reduce = fn a -> Enumerable.reduce(enum, a, composed) end
    do_each(reduce, done && {done, consumer}, :lists.reverse(accs), acc)
  end

  defp do_each(reduce, done, accs, {command, acc}) do
    case reduce.({command, [acc | accs]}) do #@ 1811
      {:suspended, [acc | accs], continuation} -> {:suspended, acc, &do_each(continuation, done, accs, &1)}
      {:halted, accs} -> do_done({:halted, accs}, done)
      {:done, accs} -> do_done({:done, accs}, done)
    end
  end

  defp do_done({reason, [acc | _]}, nil), do: {reason, acc}

  # done runs with the first step's state (chunk_while's buffer) only.
  defp do_done({reason, [acc | t]}, {done, fun}) do
    [h | _] = :lists.reverse(t)

    case done.([acc, h], fun) do #@ 1828
      {:cont, [acc | _]} -> {reason, acc}
      {:halt, [acc | _]} -> {:halted, acc}
      {:suspend, [acc | _]} -> {:suspended, acc, &{:done, elem(&1, 1)}}
    end
  end
end

# The chunking of chunk_every and chunk_by: each gives chunk_while (the one
# it is passed) its accumulator, chunk function and after function.
defmodule Stream.Reducers do
  # The buffer holds the elements of the chunk being filled, last first.
  def chunk_every(chunk_while, enumerable, count, step, leftover) do
    limit = :erlang.max(count, step)

    chunk_fun = fn entry, {buffer, n} ->
      buffer = [entry | buffer]
      n = n + 1

      next =
        if n >= limit do
          left = n - step
          {:lists.sublist(buffer, left), left}
        else
          {buffer, n}
        end

      if n == count, do: {:cont, :lists.reverse(buffer), next}, else: {:cont, next}
    end

    after_fun = fn {buffer, n} ->
      if leftover == :discard or n == 0 or n >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(buffer, Enum.take(leftover, count - n)), []} #@ 31
      end
    end

    chunk_while.(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  def chunk_by(chunk_while, enumerable, fun) do
    chunk_fun = fn
      entry, nil ->
        {:cont, {[entry], fun.(entry)}} #@ 41

      entry, {acc, value} ->
        case fun.(entry) do #@ 44
          ^value -> {:cont, {[entry | acc], value}}
          new_value -> {:cont, :lists.reverse(acc), {[entry], new_value}}
        end
    end

    after_fun = fn
      nil -> {:cont, :done}
      {acc, _value} -> {:cont, :lists.reverse(acc), :done}
    end

    chunk_while.(enumerable, nil, chunk_fun, after_fun)
  end
end
