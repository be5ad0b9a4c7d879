# Where BEAM puts a case, with or fn that no clause matches, a body call of a bad fun, and a tail call of an :erlang function written in Erlang
report = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler)) |> Enum.take(3)))
  end
end

defmodule Lines do
  def case_of(x) do
    case x do
      1 ->
        IO.puts("one")

      2 ->
        IO.puts("two")
    end
  end

  def with_of(x) do
    with {:ok, y} <- x do
      y
    else
      :error ->
        IO.puts("error")
    end
  end

  def fn_of do
    fn
      1 ->
        IO.puts("one")

      2 ->
        IO.puts("two")
    end
  end

  def body_call(f), do: [f.(1)]
  def tail_call(f), do: f.(1)
  def to_text(x), do: :erlang.atom_to_binary(x)
  def to_text_body(x), do: [:erlang.atom_to_binary(x)]
  def to_atom(x), do: :erlang.binary_to_atom(x)
  def list_of(x), do: :erlang.atom_to_list(x)
  def info(f), do: Function.info(f)
end

report.(fn -> Lines.case_of(3) end)
report.(fn -> Lines.with_of(3) end)
report.(fn -> Lines.fn_of().(3) end)
report.(fn -> Lines.body_call(&Map.merge/2) end)
report.(fn -> Lines.body_call(:not_a_fun) end)
report.(fn -> Lines.tail_call(&Map.merge/2) end)
report.(fn -> Enum.map([1], &Map.merge/2) end)
report.(fn -> Lines.to_text(1) end)
report.(fn -> Lines.to_text_body(1) end)
report.(fn -> Lines.to_atom(1) end)
report.(fn -> Lines.list_of(1) end)
report.(fn -> Lines.info(1) end)
