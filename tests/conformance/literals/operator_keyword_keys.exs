# Operators as keyword keys ([++: 1], f(&&&: 2), %{<>: 3}) and as keys beside atoms; an operator before a colon that is not followed by a blank stays an operator
kw = [+: 1, ++: 2, &&&: 3, |: 4, =: 5, @: 6, <-: 7, !: 8, ^: 9, <>: 10, |>: 11, **: 12, =~: 13, .: 14, ..: 15, ->: 16, ^^^: 17, ~~~: 18, &: 19]
IO.inspect(kw)
IO.inspect(Keyword.keys(kw))
IO.inspect(%{<>: 3, a: 1})
show = fn opts -> IO.inspect(opts) end
show.(&&&: 2, b: 1)
IO.inspect(Enum.map([:a], &:erlang.atom_to_list/1))
IO.inspect([1] ++ [:b])
