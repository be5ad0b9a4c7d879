f(
  a,
  b
)