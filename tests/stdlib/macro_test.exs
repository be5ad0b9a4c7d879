# Macro.to_string/1 against Elixir's own, on the forms clause heads take.
quoted = [
  quote(do: x), quote(do: _), quote(do: _name), quote(do: :ok), quote(do: nil), quote(do: Regex), quote(do: :"a b"),
  quote(do: 1), quote(do: -1), quote(do: 12345), quote(do: 123456), quote(do: -1234567), quote(do: 1.5),
  quote(do: 1.0e10), quote(do: 1.0e16), quote(do: 123456.5), quote(do: 1.0e-5), quote(do: "s\n"), quote(do: 'abc'),
  quote(do: [1, 2 | t]), quote(do: [h | _]), quote(do: [a: 1, b: x]), quote(do: [{1, 2}]), quote(do: []),
  quote(do: {a, b}), quote(do: {a, b, c}), quote(do: {}), quote(do: %{}), quote(do: %{"s" => 1, k: v}),
  quote(do: %{:a => 1, "b" => 2}), quote(do: %{"a b": 1}), quote(do: %URI{host: h} = u), quote(do: %URI{}),
  quote(do: <<c, rest::binary>>), quote(do: <<x::integer-little-size(8), _::binary-size(2)>>),
  quote(do: <<"pre", rest::binary>>), quote(do: <<"a"::utf8, 1, 2>>),
  quote(do: x + y * 2 - (x - y) / 2 > 0), quote(do: -x < +y), quote(do: not (x === 1 or x === 2)),
  quote(do: not x), quote(do: abs(x) * 2 + 1 < y - 1), quote(do: a - (b - c)), quote(do: (a - b) - c),
  quote(do: a ++ b ++ c), quote(do: (a ++ b) ++ c), quote(do: a <> (b <> c)), quote(do: (a or b) and c),
  quote(do: a or (b and c)), quote(do: x in [1, 2]), quote(do: 1..10), quote(do: 1..10//2), quote(do: -(a + b)),
  quote(do: is_integer(x)), quote(do: elem({a, b}, 0) == c), quote(do: :erlang.map_get(:k, x) == true),
  quote(do: Bitwise.band(x, 1)), quote(do: x.a == 1), quote(do: rem(x - 1, 2) === 0), quote(do: x != 5 and x !== 6)
]

for q <- quoted, do: T.eq(Macro.to_string(q), VialMacro.to_string(q), Macro.to_string(q))
T.report()
