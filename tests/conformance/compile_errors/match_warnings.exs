# A variable that starts with an underscore, repeated in one match, and a
# literal key given twice in a map literal or update are warned about.
defmodule Matches do
  def same(_x, _x), do: :same
  def nested({_y, _y}, [_z, _z, _z]), do: :nested
  def clauses(value) do
    case value do
      {_p, _p} -> :pair
      _ -> :other
    end
  end

  def bind(value) do
    {_q, _q} = value
    %{"k" => 1, "k" => 2, 1 => :a, 1 => :b, 1.0 => :c, [1] => 1, [1] => 2, {1} => 1, {1} => 2}
  end

  def ok(_, _), do: :underscore_alone_is_fine
end

m = %{a: 1, a: 2}
update = %{m | a: 3, a: 4}
pair = fn {_r, _r} -> :pair end
IO.inspect({m, update, pair.({1, 1}), Matches.same(1, 1), Matches.bind({2, 2})})
