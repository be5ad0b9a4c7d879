# Lowercase sigils (~s ~c ~w) apply escapes and interpolate; uppercase ones keep the text as written.
x = 42
IO.inspect(~s(tab\there\\ #{x}))
IO.inspect(~S(tab\there\\ #{x}))
IO.inspect(~s(a\)b), label: "escaped terminator")
IO.inspect(~S(a\)b), label: "escaped terminator, raw")
IO.inspect(~s(\u00e9\u{1F600}\x41\e), label: "unicode and hex escapes")
IO.inspect(~s(#{x} \#{x}), label: "escaped interpolation")
IO.inspect(~c(a\tb\x41 #{x}))
IO.inspect(~C(a\tb #{x}))
IO.inspect(~w(a\tb c\sd e\ f))
IO.inspect(~w(a\#{1} b #{x}))
IO.inspect(~W(a\tb #{x}))
IO.inspect(~w(one two)a)
IO.inspect(~w(one two)c)
IO.inspect(~w(one #{x})s)

IO.inspect(~s(line\
continued))

IO.inspect(~s"""
  x\ty\
  z
    indented #{x}
  """)

IO.inspect(~S"""
  raw\n #{x}
  """)

IO.inspect(~c"""
  chars\t#{x}
  """)

IO.inspect(~w"""
  heredoc words
  on lines
  """a)

# ~w with interpolation takes the a and c modifiers too
words = "p q"
IO.inspect(~w(#{words} r))
IO.inspect(~w(#{words}r s)a)
IO.inspect(~w(x#{words})c)
IO.inspect({~w(), ~w(   )a, ~s(), ~c(), ~w(é ü)a})
