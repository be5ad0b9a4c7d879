x = %{a: %{b: %{c: 1}}}
x.a.b.c