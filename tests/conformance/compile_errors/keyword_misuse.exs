# A keyword list must come last in a call or list.
IO.inspect([a: 1, 2])
