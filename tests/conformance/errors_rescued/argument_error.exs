# ArgumentError from Kernel and stdlib functions given bad arguments.
defmodule T do
  def v(x), do: x
end

attempts = [
  fn -> String.to_integer(T.v("12x")) end,
  fn -> elem(T.v({1}), 5) end,
  fn -> List.to_tuple(T.v(:not_a_list)) end,
  fn -> String.to_atom(T.v(123)) end,
  fn -> Integer.to_string(T.v(1.5)) end,
  fn -> :erlang.binary_to_integer(T.v("z")) end,
  fn -> raise ArgumentError end,
  fn -> byte_size(T.v(:atom)) end
]

for f <- attempts do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
