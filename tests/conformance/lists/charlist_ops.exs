# Charlists support list operations and convert to and from strings.
cl = 'hello'
IO.inspect(Enum.reverse(cl))
IO.inspect(Enum.map(cl, &(&1 - 32)))
IO.inspect(cl ++ ' world')
IO.inspect(to_string(cl))
IO.inspect(List.to_string([cl, ' ', "mixed"]))
IO.inspect(:string.to_upper(cl))
IO.inspect(Enum.filter('a1b2c3', &(&1 in ?0..?9)))
IO.inspect(length('héllo'))
IO.inspect(Enum.sum('abc'))
IO.inspect(~c"sigil" == 'sigil')
