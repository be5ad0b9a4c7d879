# Sigils ~s ~S ~w ~c with different delimiters and modifiers.
IO.inspect(~s(hello "world"))
IO.inspect(~s[brackets #{1 + 1}])
IO.inspect(~S(no #{interp} \n here))
IO.inspect(~s{braces})
IO.inspect(~s<angle>)
IO.inspect(~s|pipes|)
IO.inspect(~s/slashes/)
IO.inspect(~w(foo bar baz))
IO.inspect(~w(foo bar baz)a)
IO.inspect(~w(foo bar baz)c)
IO.inspect(~w(foo bar baz)s)
IO.inspect(~w[one   two
three])
IO.inspect(~c(charlist))
IO.inspect(~c(interp #{40 + 2}))
IO.inspect(~s"""
heredoc sigil
""")
