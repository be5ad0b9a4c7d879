# Stream.Reducers: reducers that Enum and Stream share, in a module of their
# own as in Elixir (lib/stream/reducers.ex), whose frames name it.
defmodule Stream.Reducers do
  # chunk_by is the caller's chunk_while/4.
  def chunk_by(chunk_by, enumerable, fun) do
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

    chunk_by.(enumerable, nil, chunk_fun, after_fun)
  end
end
