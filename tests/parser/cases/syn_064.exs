(
a
b
)