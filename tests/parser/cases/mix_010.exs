a
and b