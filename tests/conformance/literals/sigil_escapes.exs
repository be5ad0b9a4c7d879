# Lowercase sigils resolve escapes like strings; uppercase ones keep them; custom sigils get the raw text
defmodule Shout do
  def sigil_u(text, []), do: String.upcase(text)
  def sigil_u(text, mods), do: String.upcase(text) <> "/" <> List.to_string(mods)
end

defmodule Demo do
  import Shout

  def run do
    name = "wörld"
    IO.inspect(~u(hello #{name}))
    IO.inspect(~u(raw \t text)ab)
  end
end

x = 42
IO.inspect(~s(a\nb\x41\u00e9\t))
IO.inspect(~S(a\nb\x41\u00e9\t))
IO.inspect(~c(tab\there #{x}))
IO.inspect(~C(tab\there #{x}))
IO.inspect(~w(a\sb c\td))
IO.inspect(~W(a\sb c\td))

# the escaped terminator, escaped backslashes and unknown escapes
IO.inspect(~s(\)), label: "escaped )")
IO.inspect(~S(\)), label: "raw escaped )")
IO.inspect(~s|a\|b|)
IO.inspect(~s[\]])
IO.inspect(~s(a\\b))
IO.inspect(~S(a\\b))
IO.inspect(~s(\q\())
IO.inspect(~s(\\))

# an escaped #{ is no interpolation
IO.inspect(~s(\#{x} #{x}))
IO.inspect(~S(\#{x} #{x}))
IO.inspect(~w(\#{x} #{x}))

# a backslash before a newline joins lines in ~s, not in ~S
IO.inspect(~s(one \
two))
IO.inspect(~S(one \
two))

IO.inspect(~s"""
tab\there \
continued
quote \""" inside
""")
IO.inspect(~S"""
tab\there \
quote \""" inside
""")

# ~w with interpolation and a modifier
word = "dyn"
IO.inspect(~w(#{word} static)a)
IO.inspect(~w(#{word} static)c)
IO.inspect(~w(#{word}1 x#{word})s)

Demo.run()
